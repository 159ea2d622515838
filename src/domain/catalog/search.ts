import { vendorInfo, vendors, type Vendor } from '../vendors'
import type { KnownStatus } from './catalog'
import { meaningOf } from './meaning'

/** The words of a text, lower-cased; punctuation and spacing do not matter. */
export function queryWords(query: string): string[] {
  return query
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
}

type Searchable = {
  /** Label, code, other spellings and meaning as words between single spaces. */
  phrase: string
  /** Label, code and other spellings without separators: "noanswer", "absentnoanswer". */
  names: string[]
}

const cache = new WeakMap<KnownStatus, Searchable>()

function searchable(entry: KnownStatus): Searchable {
  let found = cache.get(entry)
  if (!found) {
    const names = [entry.label, entry.code, ...(entry.aliases ?? [])]
    found = {
      phrase: ` ${queryWords([...names, meaningOf(entry)].join(' ')).join(' ')} `,
      names: names.map((name) => queryWords(name).join('')),
    }
    cache.set(entry, found)
  }
  return found
}

const vendorWords = new Map<string, Vendor>(
  vendors.flatMap((vendor) =>
    [vendor, vendorInfo[vendor].shortName, vendorInfo[vendor].name].map(
      (name) => [queryWords(name).join(''), vendor] as const,
    ),
  ),
)

/**
 * True when the query names the entry (however it is spelt: "no answer",
 * "NoAnswer", "NO_ANSWER") or occurs as a phrase in its meaning ("30 seconds",
 * "insufficient balance"). A vendor's name narrows to that vendor: "routee",
 * "routee busy".
 */
export function matchesStatusQuery(entry: KnownStatus, query: string): boolean {
  const words = queryWords(query)
  if (words.length === 0) return true
  const named = words.filter((word) => vendorWords.has(word))
  if (named.some((word) => vendorWords.get(word) !== entry.vendor)) return false
  const terms = words.filter((word) => !vendorWords.has(word))
  if (terms.length === 0) return true
  const { phrase, names } = searchable(entry)
  const squashed = terms.join('')
  return (
    phrase.includes(` ${terms.join(' ')}`) ||
    names.some((name) => name.includes(squashed))
  )
}
