import { createContext } from 'react'

/**
 * The address the app was opened with, read before the router starts: the
 * router rewrites it with validated values before any page renders, so this
 * is the only place the refused parameters of a pasted link can be read.
 * The first page at that path claims it, once.
 */
export type InitialAddress = { claim: (pathname: string) => string | undefined }

export function createInitialAddress(pathname: string, search: string): InitialAddress {
  let claimed = false
  return {
    claim(at) {
      if (claimed || at !== pathname) return undefined
      claimed = true
      return search
    },
  }
}

export const InitialAddressContext = createContext<InitialAddress>({
  claim: () => undefined,
})
