/**
 * Record ids look random (like CTM's or Twilio's) yet encode the record's
 * position, so `GET /calls/{id}` needs no index: a bijection on 32 bits,
 * keyed by the data set's seed.
 */
const multiplier = 0x2c1b3c6d
const inverse = 0x64ea2d65 // multiplier · inverse ≡ 1 (mod 2³²)

const prefixes = { calls: 'CA', texts: 'SM' } as const

export type IdPrefix = keyof typeof prefixes

export function recordId(kind: IdPrefix, key: number, index: number): string {
  let x = Math.imul((index ^ key) >>> 0, multiplier) >>> 0
  x = (x ^ (x >>> 16)) >>> 0
  return `${prefixes[kind]}${x.toString(16).padStart(8, '0')}`
}

/** The position an id encodes, or null when it is not one of ours. */
export function recordIndex(kind: IdPrefix, key: number, id: string): number | null {
  const match = /^([A-Z]{2})([0-9a-f]{8})$/.exec(id)
  if (!match || match[1] !== prefixes[kind]) return null
  let x = Number.parseInt(match[2] ?? '', 16) >>> 0
  x = (x ^ (x >>> 16)) >>> 0
  return (Math.imul(x, inverse) ^ key) >>> 0
}

/** How a generated log names its records and finds one by id (an id past its size is not one). */
export function generatedIds(kind: IdPrefix, key: number, size: number) {
  return {
    idOf: (index: number) => recordId(kind, key, index),
    indexOf: (id: string) => {
      const index = recordIndex(kind, key, id)
      return index !== null && index < size ? index : null
    },
  }
}

/**
 * Writes every record up to `now`; when the log runs on past it (`end`),
 * records still to come wait for the clock, and those still under way are
 * listed to write again as it moves.
 */
export function settleUntil(
  time: Float64Array,
  now: number,
  end: number,
  settle: (index: number, at: number) => boolean,
): number[] {
  const unsettled: number[] = []
  for (let i = 0; i < time.length; i++) {
    if (end > now && (time[i] as number) >= now) break
    if (settle(i, now) && end > now) unsettled.push(i)
  }
  return unsettled
}
