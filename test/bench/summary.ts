export type Summary = { median: number; min: number; max: number; runs: number }

/** Median, min and max of repeated measurements, rounded to 0.1. */
export function summarize(values: number[]): Summary {
  if (values.length === 0) throw new Error('Nothing was measured.')
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  const median =
    sorted.length % 2 === 1
      ? (sorted[mid] as number)
      : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
  const round = (n: number) => Math.round(n * 10) / 10
  return {
    median: round(median),
    min: round(sorted[0] as number),
    max: round(sorted[sorted.length - 1] as number),
    runs: values.length,
  }
}
