import { QueryClient } from '@tanstack/react-query'
import { isApiError } from '@/api/problem'

const maxRetries = 3
/** A server that did not answer in 15 s is asked once more, not three times. */
const maxTimeoutRetries = 1

/** Retry what may pass next time (5xx, network, timeout); a 4xx will not. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (!isApiError(error)) return failureCount < maxRetries
  if (error.kind === 'timeout') return failureCount < maxTimeoutRetries
  return failureCount < maxRetries && error.isRetryable
}

/** Exponential backoff with jitter: 0.5 s, 1 s, 2 s … capped at 8 s. */
export function retryDelay(attempt: number): number {
  const base = Math.min(500 * 2 ** attempt, 8_000)
  return base / 2 + Math.random() * (base / 2)
}

export function createQueryClient({
  retry = true,
}: { retry?: boolean } = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        gcTime: 5 * 60_000,
        refetchOnWindowFocus: false,
        retry: retry ? shouldRetry : false,
        retryDelay,
      },
    },
  })
}
