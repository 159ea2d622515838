/** murmur3's finaliser: spreads nearby integers (record 41, 42, …) far apart. */
function fmix32(value: number): number {
  let h = value | 0
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  return (h ^ (h >>> 16)) >>> 0
}

/**
 * One 32-bit seed from a data-set seed, a stream and a record index. Fixed
 * arity on purpose: it runs once per record while building.
 */
export function mixSeed(seed: number, stream: number, index = 0): number {
  let h = fmix32(0x9e3779b9 ^ fmix32(seed + 0x7f4a7c15))
  h = fmix32(h ^ fmix32(stream + 0x7f4a7c15))
  return fmix32(h ^ fmix32(index + 0x7f4a7c15))
}

/** A string's 32-bit hash (FNV-1a), for fingerprints and checksums. */
export function hashString(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  }
  return h >>> 0
}

export type Weighted<T> = readonly (readonly [T, number])[]

/** A weighted table compiled once: cumulative weights, so a draw is a short scan. */
export class WeightTable<T> {
  private readonly values: readonly T[]
  private readonly cumulative: Float64Array

  constructor(table: Weighted<T>) {
    if (table.length === 0) throw new Error('A weight table needs at least one entry.')
    this.values = table.map(([value]) => value)
    const total = table.reduce((sum, [, weight]) => sum + weight, 0)
    let running = 0
    this.cumulative = Float64Array.from(
      table,
      ([, weight]) => (running += weight) / total,
    )
  }

  /** The value a uniform draw in [0, 1) lands on. */
  at(uniform: number): T {
    const { cumulative, values } = this
    let index = 0
    while (index < values.length - 1 && uniform >= (cumulative[index] as number)) index++
    return values[index] as T
  }
}

const twoTo32 = 2 ** 32

/**
 * Seeded randomness: SplitMix32, a counter run through murmur3's finaliser.
 * Its whole state is one number, so the builder reseeds one instance per
 * record (each record has its own stream, to be drawn again on its own)
 * without allocating anything.
 */
export class Random {
  private state: number

  constructor(seed = 0) {
    this.state = seed | 0
  }

  reseed(seed: number): this {
    this.state = seed | 0
    return this
  }

  /** Uniform in [0, 1). */
  float(): number {
    this.state = (this.state + 0x9e3779b9) | 0
    return fmix32(this.state) / twoTo32
  }

  /** Uniform integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.float() * (max - min + 1))
  }

  chance(probability: number): boolean {
    return this.float() < probability
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.float() * items.length)]
    if (item === undefined) throw new Error('pick() from an empty list')
    return item
  }

  weighted<T>(table: WeightTable<T>): T {
    return table.at(this.float())
  }

  /** Log-normal around a median, for durations with a long tail. */
  logNormal(median: number, sigma: number): number {
    const u = Math.max(this.float(), Number.EPSILON)
    const v = this.float()
    const normal = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)
    return median * Math.exp(sigma * normal)
  }

  /** Exponential with mean 1, for evenly spread sorted times. */
  exponential(): number {
    return -Math.log(1 - this.float())
  }
}
