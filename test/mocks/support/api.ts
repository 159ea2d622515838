import { apiUrl } from '@/api/config'

export type ApiAnswer<T = unknown> = { status: number; contentType: string; body: T }

/** A GET through the real handlers, as the browser would send it. */
export async function getApi<T = unknown>(
  path: string,
  params: Record<string, string> = {},
): Promise<ApiAnswer<T>> {
  const response = await fetch(apiUrl(path, new URLSearchParams(params)))
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    body: (await response.json()) as T,
  }
}
