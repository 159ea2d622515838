import type { ContactPool } from '../data/contact-pool'
import { digitsOf } from '../data/phone-numbers'
import { memo, type LogStore } from './log-store'

const printableAscii = /^[\x20-\x7e]*$/

/** Case, accents and runs of spaces do not matter: "zoe" finds "Zoë". */
export function foldText(text: string): string {
  // Most names and bodies are plain ASCII: no accents to strip.
  if (printableAscii.test(text)) return text.toLowerCase().replace(/ {2,}/g, ' ').trim()
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
}

const phoneLike = /^[\d\s().+\-/]+$/

/**
 * The digit strings a query can match in an E.164 number: the digits as
 * typed, and without a national trunk prefix ("07700 900123" finds
 * +44 7700 900123) or an international one ("0044…"). Null when the query is
 * not a phone number (fewer than 3 digits, or letters in it).
 */
export function phoneDigits(query: string): string[] | null {
  if (!phoneLike.test(query)) return null
  const digits = digitsOf(query)
  if (digits.length < 3) return null
  if (digits.startsWith('00')) return [digits.slice(2)]
  if (digits.startsWith('0')) return [digits, digits.slice(1)]
  return [digits]
}

/** Calls and texts share one contact pool: fold its names and numbers once. */
const foldedPools = new WeakMap<ContactPool, { names: string[]; numbers: string[] }>()

function searchableContacts(pool: ContactPool) {
  let folded = foldedPools.get(pool)
  if (!folded) {
    folded = {
      names: pool.names.map((name) => (name === null ? '' : foldText(name))),
      numbers: pool.numbers.map(digitsOf),
    }
    foldedPools.set(pool, folded)
  }
  return folded
}

/** Which pool entries match: contacts by name or number, bodies by text. */
export type SearchMasks = { contacts: Uint8Array; bodies: Uint8Array | null }

export function searchMasks(store: LogStore, query: string): SearchMasks {
  const { contacts, bodies } = store.search
  const folded = foldText(query)
  const digits = phoneDigits(query)
  const { names, numbers } = searchableContacts(contacts)
  const contactMask = new Uint8Array(contacts.size)
  for (let c = 0; c < contacts.size; c++) {
    const byName = folded !== '' && (names[c] ?? '').includes(folded)
    const number = numbers[c] ?? ''
    const byNumber = digits !== null && digits.some((d) => number.includes(d))
    if (byName || byNumber) contactMask[c] = 1
  }
  let bodyMask: Uint8Array | null = null
  if (bodies) {
    const texts = memo(store, 'search:bodies', () => bodies.map(foldText))
    bodyMask = new Uint8Array(texts.length)
    for (let b = 0; b < texts.length; b++) {
      if (folded !== '' && (texts[b] ?? '').includes(folded)) bodyMask[b] = 1
    }
  }
  return { contacts: contactMask, bodies: bodyMask }
}
