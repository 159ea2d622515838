import type { z } from 'zod/mini'
import { apiUrl, requestTimeoutMs } from './config'
import { ApiError, problemSchema } from './problem'

let backendReady: Promise<unknown> = Promise.resolve()

/**
 * Requests wait for `ready` before they go out. The app renders (and loads its
 * code) while the embedded mock backend is still starting; only the requests
 * have to wait for it.
 */
export function holdRequestsUntil(ready: Promise<unknown>): void {
  backendReady = ready
}

type GetOptions = {
  params?: URLSearchParams
  signal?: AbortSignal
  timeoutMs?: number
}

/**
 * GET a JSON resource and validate it against its schema. Whatever goes wrong
 * (offline, timeout, 4xx/5xx, malformed JSON, wrong shape) comes out as an
 * ApiError with a readable message; nothing else is thrown.
 */
export async function getJson<S extends z.ZodMiniType>(
  path: string,
  schema: S,
  { params, signal, timeoutMs = requestTimeoutMs }: GetOptions = {},
): Promise<z.infer<S>> {
  await backendReady
  const timeout = AbortSignal.timeout(timeoutMs)
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout
  let response: Response
  try {
    response = await fetch(apiUrl(path, params), {
      headers: { Accept: 'application/json' },
      signal: combined,
    })
  } catch (cause) {
    if (signal?.aborted) throw cause // the caller cancelled: not an error to show
    if (timeout.aborted) {
      throw new ApiError(
        'timeout',
        `The server did not answer within ${Math.round(timeoutMs / 1000)} seconds.`,
        { cause },
      )
    }
    throw new ApiError('network', 'Could not reach the server. Check your connection.', {
      cause,
    })
  }

  const body = await readJson(response)
  if (!response.ok) throw httpError(response, body)
  if (body === undefined) {
    throw new ApiError(
      'invalid-response',
      'The server sent a response that is not JSON.',
      {
        status: response.status,
      },
    )
  }
  const parsed = schema.safeParse(body)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : ''
    throw new ApiError(
      'invalid-response',
      `The server sent data in an unexpected shape${where}: ${issue?.message ?? 'invalid'}.`,
      { status: response.status, cause: parsed.error },
    )
  }
  return parsed.data
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return (await response.json()) as unknown
  } catch {
    return undefined
  }
}

function httpError(response: Response, body: unknown): ApiError {
  const problem = problemSchema.safeParse(body)
  if (problem.success && (problem.data.detail || problem.data.title)) {
    const message = problem.data.detail ?? problem.data.title ?? ''
    return new ApiError('http', message, {
      status: response.status,
      problem: problem.data,
    })
  }
  const generic =
    response.status >= 500
      ? `The server had a problem (HTTP ${response.status}). Try again in a moment.`
      : `The request was refused (HTTP ${response.status}).`
  return new ApiError('http', generic, { status: response.status })
}
