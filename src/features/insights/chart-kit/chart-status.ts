import type { ChartStatus } from './chart-state'

type QueryLike = {
  isPending: boolean
  isError: boolean
  isPlaceholderData: boolean
  error: Error | null
  refetch: () => unknown
}

/**
 * What a chart shows for its query: the figures (dimmed while new ones
 * load), a skeleton, the server's problem with Retry, or why there is
 * nothing: a filter that rules the log out, or no records in the range.
 */
export function chartStatus(
  query: QueryLike,
  figures: { excludedReason?: string; isEmpty: boolean; emptyMessage: string },
): ChartStatus {
  if (figures.excludedReason) return { kind: 'empty', message: figures.excludedReason }
  if (query.isError) {
    return {
      kind: 'error',
      message: query.error?.message ?? 'The server did not answer.',
      onRetry: () => void query.refetch(),
    }
  }
  if (query.isPending) return { kind: 'loading' }
  if (figures.isEmpty) return { kind: 'empty', message: figures.emptyMessage }
  return { kind: 'ready', updating: query.isPlaceholderData }
}
