/**
 * Where the REST API lives. Empty means "this origin", which is where the
 * embedded mock backend answers when no real backend is configured.
 */
export const apiBaseUrl: string = import.meta.env.VITE_API_BASE_URL ?? ''

/** How long a request may take before we give up and say so. */
export const requestTimeoutMs = 15_000

export function apiUrl(path: string, params?: URLSearchParams): string {
  const origin =
    typeof window === 'undefined' ? 'http://localhost' : window.location.origin
  const url = new URL(`${apiBaseUrl}${path}`, origin)
  if (params) url.search = params.toString()
  return url.toString()
}
