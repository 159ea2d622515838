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
