import { encodeLogSearch } from '@/domain/log-search-codec'

/**
 * Readable URLs: `?status=ctm.call.busy,messenger.call.busy&range=7d`, not
 * the router's default JSON. Values reach validateSearch as plain strings.
 */
export function parseSearch(searchStr: string): Record<string, string> {
  const params = new URLSearchParams(
    searchStr.startsWith('?') ? searchStr.slice(1) : searchStr,
  )
  const search: Record<string, string> = {}
  for (const [name, value] of params) search[name] = value
  return search
}

const encode = (text: string) =>
  encodeURIComponent(text)
    .replace(/%2C/gi, ',')
    .replace(/%3A/gi, ':')
    .replace(/%20/g, '+')

/** The router's writer: the codec's parameters, readably escaped. */
export function stringifySearch(search: Record<string, unknown>): string {
  const parts = encodeLogSearch(search).map(
    ([name, text]) => `${encode(name)}=${encode(text)}`,
  )
  return parts.length > 0 ? `?${parts.join('&')}` : ''
}
