import { vendorInfo } from '../vendors'
import type { KnownStatus } from './catalog'

/** The words of a query, lower-cased; punctuation and spacing do not matter. */
export function queryWords(query: string): string[] {
  return query
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
}

const searchTextCache = new WeakMap<KnownStatus, string>()

function searchText(entry: KnownStatus): string {
  let text = searchTextCache.get(entry)
  if (text === undefined) {
    const vendor = vendorInfo[entry.vendor]
    text = [
      entry.label,
      entry.code,
      ...(entry.aliases ?? []),
      entry.meaning,
      vendor.name,
      vendor.shortName,
    ]
      .join(' ')
      .normalize('NFKC')
      .toLowerCase()
    // Also without separators, so "no answer" finds "NoAnswer" and "No-answer".
    text = `${text} ${text.replace(/[^\p{L}\p{N}]+/gu, '')}`
    searchTextCache.set(entry, text)
  }
  return text
}

/** True when every word of the query occurs in the entry's label, code, meaning or vendor. */
export function matchesStatusQuery(entry: KnownStatus, query: string): boolean {
  const text = searchText(entry)
  return queryWords(query).every((word) => text.includes(word))
}
