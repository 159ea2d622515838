import { mixSeed, Random } from '../random/random'
import { contactName } from './people'
import { contactNumberAt, contactNumberCount } from './phone-numbers'

/**
 * The people in the logs, shared by calls and texts. Records point into the
 * pool by index, so a search matches the pool once and then compares indices.
 */
export type ContactPool = {
  size: number
  names: readonly (string | null)[]
  numbers: readonly string[]
  /** How many numbers each contact has (mobile, home, work), for Messenger's attempts. */
  phones: Uint8Array
  /** Positions in the shuffled number space; alternates come from further on. */
  slots: Uint32Array
}

export const phoneKinds = ['Mobile', 'Home', 'Work'] as const

/** Enough people that regulars call back, few enough that every number is fictional. */
export function contactPoolSize(records: number): number {
  return Math.min(contactNumberCount, Math.max(60, Math.round(records / 8)))
}

export function buildContactPool(seed: number, size: number): ContactPool {
  const random = new Random(mixSeed(seed, 0xc0))
  const slots = new Uint32Array(contactNumberCount)
  for (let i = 0; i < slots.length; i++) slots[i] = i
  for (let i = slots.length - 1; i > 0; i--) {
    const j = Math.floor(random.float() * (i + 1))
    const held = slots[i] as number
    slots[i] = slots[j] as number
    slots[j] = held
  }
  const names: (string | null)[] = []
  const numbers: string[] = []
  const phones = new Uint8Array(size)
  for (let c = 0; c < size; c++) {
    names.push(contactName(random))
    numbers.push(contactNumberAt(slots[c] as number))
    const wanted = random.float() < 0.55 ? 1 : random.float() < 0.6 ? 2 : 3
    let available = 1
    while (available < wanted && c + available * size < contactNumberCount) available++
    phones[c] = available
  }
  return { size, names, numbers, phones, slots }
}

/** A contact's n-th number (0: the main one, 1: home, 2: work). */
export function contactNumber(pool: ContactPool, contact: number, nth: number): string {
  const slot = pool.slots[contact + nth * pool.size]
  return slot === undefined ? (pool.numbers[contact] ?? '') : contactNumberAt(slot)
}

/** Regulars call often: low indices are drawn more. */
export function pickContact(pool: ContactPool, uniform: number): number {
  return Math.min(pool.size - 1, Math.floor(pool.size * uniform * Math.sqrt(uniform)))
}
