import { contactNumber, type ContactPool } from '../data/contact-pool'
import { digitsOf } from '../data/phone-numbers'
import { memo, type LogStore, type SearchColumn, type SearchFields } from './log-store'

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
 * What a query can match in an E.164 number's digits. Punctuation never
 * matters. With an international prefix ("+44", "0044 7700…") it is the
 * number's start, so a country code alone finds that country's numbers;
 * otherwise at least 3 digits, anywhere, also without a national trunk
 * prefix ("07700 900123" finds +44 7700 900123). Null when the query is not
 * a phone number.
 */
export type PhoneQuery = { digits: string[]; fromStart: boolean }

export function phoneDigits(query: string): PhoneQuery | null {
  if (!phoneLike.test(query)) return null
  const digits = digitsOf(query)
  const trimmed = query.trim()
  if (trimmed.startsWith('+') && digits.length >= 1)
    return { digits: [digits], fromStart: true }
  if (digits.startsWith('00') && digits.length >= 3)
    return { digits: [digits.slice(2)], fromStart: true }
  if (digits.length < 3) return null
  if (digits.startsWith('0'))
    return { digits: [digits, digits.slice(1)], fromStart: false }
  return { digits: [digits], fromStart: false }
}

export function matchesNumber(query: PhoneQuery, numberDigits: string): boolean {
  return query.digits.some((d) =>
    query.fromStart ? numberDigits.startsWith(d) : numberDigits.includes(d),
  )
}

/** Calls and texts share one contact pool: fold its names and numbers once. */
const foldedPools = new WeakMap<
  ContactPool,
  { names: string[]; numbers: string[]; others: Map<number, string[]> }
>()

function searchableContacts(pool: ContactPool) {
  let folded = foldedPools.get(pool)
  if (!folded) {
    folded = {
      names: pool.names.map((name) => (name === null ? '' : foldText(name))),
      numbers: pool.numbers.map(digitsOf),
      others: new Map(),
    }
    foldedPools.set(pool, folded)
  }
  return folded
}

/** The digits of every contact's n-th number (1: home, 2: work), worked out once. */
function otherNumbers(pool: ContactPool, nth: number): string[] {
  const folded = searchableContacts(pool)
  let numbers = folded.others.get(nth)
  if (!numbers) {
    numbers = Array.from({ length: pool.size }, (_, c) =>
      digitsOf(contactNumber(pool, c, nth)),
    )
    folded.others.set(nth, numbers)
  }
  return numbers
}

/**
 * Which pool entries and values match: contacts by name or number, bodies by
 * text, each search column's values (numbers by digits, names by text), the
 * contact's other numbers a call rang, and a record id typed in full.
 */
export type SearchMasks = {
  contacts: Uint8Array
  bodies: Uint8Array | null
  columns: Uint8Array[]
  /** Per contact × 3: whether its n-th number matches; null when the query is no number. */
  rang: Uint8Array | null
  /** The record whose id the query is, if any. */
  id: number | null
}

export function searchMasks(store: LogStore, query: string): SearchMasks {
  const { contacts, bodies, columns = [] } = store.search
  const folded = foldText(query)
  const phone = phoneDigits(query)
  const { names, numbers } = searchableContacts(contacts)
  const contactMask = new Uint8Array(contacts.size)
  for (let c = 0; c < contacts.size; c++) {
    const byName = folded !== '' && (names[c] ?? '').includes(folded)
    const byNumber = phone !== null && matchesNumber(phone, numbers[c] ?? '')
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
  const columnMasks = columns.map((column) =>
    Uint8Array.from(column.values, (value) => {
      if (value === null) return 0
      if (column.kind === 'number')
        return phone !== null && matchesNumber(phone, digitsOf(value)) ? 1 : 0
      return folded !== '' && foldText(value).includes(folded) ? 1 : 0
    }),
  )
  let rang: Uint8Array | null = null
  if (phone !== null && store.search.rang) {
    rang = new Uint8Array(contacts.size * 3)
    for (let n = 0; n < 3; n++) {
      const others = n === 0 ? numbers : otherNumbers(contacts, n)
      for (let c = 0; c < contacts.size; c++) {
        if (matchesNumber(phone, others[c] ?? '')) rang[c * 3 + n] = 1
      }
    }
  }
  return {
    contacts: contactMask,
    bodies: bodyMask,
    columns: columnMasks,
    rang,
    id: store.indexOf(query.trim()),
  }
}

/** Whether record `i` is found by the search: any of its fields matches. */
export function foundBy(masks: SearchMasks, search: SearchFields, i: number): boolean {
  const contact = search.contact[i] as number
  if (masks.contacts[contact] === 1) return true
  if (masks.bodies !== null && search.body !== undefined) {
    if (masks.bodies[search.body[i] as number] === 1) return true
  }
  const columns = search.columns ?? []
  for (let k = 0; k < masks.columns.length; k++) {
    const code = (columns[k] as SearchColumn).codes[i] as number
    if ((masks.columns[k] as Uint8Array)[code] === 1) return true
  }
  if (masks.rang !== null && search.rang !== undefined) {
    const nth = search.rang[i] as number
    if (nth < 3 && masks.rang[contact * 3 + nth] === 1) return true
  }
  return i === masks.id
}
