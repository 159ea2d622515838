import type { FacetBucket } from '@/api/log-page-schema'

/**
 * One facet's counts over both logs (Insights filters calls and texts at
 * once): summed per value. Undefined while neither log has counted.
 */
export function mergeCounts(
  ...lists: (readonly FacetBucket[] | undefined)[]
): FacetBucket[] | undefined {
  const present = lists.filter((list) => list !== undefined)
  if (present.length === 0) return undefined
  const merged = new Map<string, FacetBucket>()
  for (const bucket of present.flat()) {
    const seen = merged.get(bucket.value)
    merged.set(
      bucket.value,
      seen ? { ...seen, count: seen.count + bucket.count } : { ...bucket },
    )
  }
  return [...merged.values()]
}
