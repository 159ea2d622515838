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

export function stringifySearch(search: Record<string, unknown>): string {
  const parts: string[] = []
  for (const [name, value] of Object.entries(search)) {
    const text = Array.isArray(value)
      ? value.map(String).join(',')
      : typeof value === 'string' ||
          typeof value === 'number' ||
          typeof value === 'boolean'
        ? String(value)
        : ''
    if (text !== '') parts.push(`${encode(name)}=${encode(text)}`)
  }
  return parts.length > 0 ? `?${parts.join('&')}` : ''
}
