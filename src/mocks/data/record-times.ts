import { mixSeed, Random } from '../random/random'
import { offsetAt, offsetTimeline } from '../time/offset-timeline'
import { accountTimeZone } from './account'
import { trafficWeight } from './traffic-curve'

const hour = 3_600_000
const day = 24 * hour

export type TimeSpan = {
  start: number
  end: number
  /** Offsets before `end` (ms, negative) of extra records pinned near "now": live activity. */
  live: readonly number[]
}

/**
 * Start times in ascending order, whole seconds, in [start, end): busier in
 * business hours and on weekdays, a little noise per day, a slow upward trend,
 * plus the `live` records near the end. Generated in order, so the log never
 * needs a sort by time.
 */
export type RecordTimes = {
  times: Float64Array
  /** Where the live records landed, in the order of their offsets (earliest first). */
  liveIndices: number[]
}

export function recordTimes(seed: number, count: number, span: TimeSpan): RecordTimes {
  const live = span.live.slice(0, count)
  const regular = count - live.length
  const regularEnd = span.end
  const times = new Float64Array(regular)
  const random = new Random(mixSeed(seed, 0x71))
  const timeline = offsetTimeline(accountTimeZone, span.start, span.end)

  const slots: { from: number; to: number; weight: number }[] = []
  const dayNoise = new Map<number, number>()
  let total = 0
  for (let from = span.start; from < regularEnd;) {
    const to = Math.min(regularEnd, (Math.floor(from / hour) + 1) * hour)
    const local = from + offsetAt(timeline, from)
    const localDay = Math.floor(local / day)
    let noise = dayNoise.get(localDay)
    if (noise === undefined) {
      noise = (0.8 + random.float() * 0.4) * (random.chance(0.03) ? 1.7 : 1)
      dayNoise.set(localDay, noise)
    }
    const trend = 0.9 + (0.2 * (from - span.start)) / Math.max(1, span.end - span.start)
    const weight = trafficWeight(local) * noise * trend * ((to - from) / hour)
    slots.push({ from, to, weight })
    total += weight
    from = to
  }

  let written = 0
  let cumulative = 0
  for (const slot of slots) {
    cumulative += slot.weight
    const target = total > 0 ? Math.round((regular * cumulative) / total) : 0
    const fromSecond = Math.ceil(slot.from / 1000)
    const seconds = Math.ceil(slot.to / 1000) - fromSecond
    written = fillSorted(times, written, target, fromSecond, seconds, random)
  }
  // A span too short for its slots leaves the rest at its end.
  const lastRegular = Math.max(span.start, regularEnd - 1000)
  for (; written < regular; written++)
    times[written] = Math.floor(lastRegular / 1000) * 1000
  const liveTimes = live
    .map((offset) => Math.max(span.start, Math.floor((span.end + offset) / 1000) * 1000))
    .sort((a, b) => a - b)
  return mergeSorted(times, liveTimes)
}

/** Both ascending in, one ascending out; a live record goes after regular ones of its second. */
function mergeSorted(regular: Float64Array, live: readonly number[]): RecordTimes {
  const times = new Float64Array(regular.length + live.length)
  const liveIndices: number[] = []
  let r = 0
  let at = 0
  for (const next of live) {
    while (r < regular.length && (regular[r] as number) <= next)
      times[at++] = regular[r++] as number
    liveIndices.push(at)
    times[at++] = next
  }
  times.set(regular.subarray(r), at)
  return { times, liveIndices }
}

/** Writes times[written..target) as sorted uniform whole seconds in the slot. */
function fillSorted(
  times: Float64Array,
  written: number,
  target: number,
  fromSecond: number,
  seconds: number,
  random: Random,
): number {
  const count = target - written
  if (count <= 0 || seconds <= 0) return written
  // Sorted uniforms from normalised sums of exponentials: no sort needed.
  let sum = 0
  for (let k = 0; k < count; k++) {
    sum += random.exponential()
    times[written + k] = sum
  }
  sum += random.exponential()
  for (let k = 0; k < count; k++) {
    const fraction = (times[written + k] as number) / sum
    times[written + k] = (fromSecond + Math.floor(fraction * seconds)) * 1000
  }
  return target
}
