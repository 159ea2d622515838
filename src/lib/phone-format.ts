import { useEffect, useSyncExternalStore } from 'react'
import type * as Phone from './phone'

type PhoneModule = typeof Phone

/*
 * libphonenumber and its metadata load after the first paint, never with the
 * first page: until they arrive a number shows as the API sent it (E.164),
 * then every number on screen is formatted in one render.
 */
let loaded: PhoneModule | undefined
let pending: Promise<PhoneModule> | undefined
const listeners = new Set<() => void>()

export function loadPhoneFormat(): Promise<PhoneModule> {
  return (pending ??= import('./phone').then((module) => {
    loaded = module
    listeners.forEach((listener) => listener())
    return module
  }))
}

/** The one phone formatter: the country's grouping once loaded, E.164 until then. */
export function formatPhone(raw: string): string {
  return loaded ? loaded.formatPhoneNumber(raw) : raw
}

const subscribe = (listener: () => void) => {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}
const isLoaded = () => loaded !== undefined

/** `formatPhone`, re-rendering the caller once the formatter has loaded. */
export function usePhoneFormat(): (raw: string) => string {
  const ready = useSyncExternalStore(subscribe, isLoaded, isLoaded)
  useEffect(() => {
    if (!ready) void loadPhoneFormat()
  }, [ready])
  return formatPhone
}
