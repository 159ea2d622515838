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
  // A timer of our own (not AbortSignal.timeout): it also bounds the body, and
  // tests can drive it with fake timers.
  const timeout = new AbortController()
  const timer = setTimeout(() => timeout.abort(), timeoutMs)
  const combined = signal ? AbortSignal.any([signal, timeout.signal]) : timeout.signal
  let response: Response
  let text: string
  try {
    response = await fetch(apiUrl(path, params), {
      headers: { Accept: 'application/json' },
      signal: combined,
    })
    // Not every fetch stops a body that stalls when the signal aborts; this does.
    text = await untilAborted(response.text(), combined)
  } catch (cause) {
    if (signal?.aborted) throw cause // the caller cancelled: not an error to show
    if (timeout.signal.aborted) {
      throw new ApiError(
        'timeout',
        `The server did not answer within ${Math.round(timeoutMs / 1000)} seconds.`,
        { cause },
      )
    }
    throw new ApiError('network', 'Could not reach the server. Check your connection.', {
      cause,
    })
  } finally {
    clearTimeout(timer)
  }

  const body = parseJson(text)
  markAnswer(path)
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
    const where = issue?.path.length ? ` at ${issue.path.map(String).join('.')}` : ''
    throw new ApiError(
      'invalid-response',
      `The server sent data in an unexpected shape${where}: ${issue?.message ?? 'invalid'}.`,
      { status: response.status, cause: parsed.error },
    )
  }
  return parsed.data
}

/**
 * An `api:answer` mark (detail: the path) as each answer's body is parsed: the
 * benchmark times "answer received → rows painted" from it, with or without a
 * service worker between the page and the backend.
 */
function markAnswer(path: string): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') {
    performance.mark(answerMark, { detail: { path } })
  }
}

export const answerMark = 'api:answer'

function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason as Error)
    if (signal.aborted) onAbort()
    signal.addEventListener('abort', onAbort, { once: true })
    promise.then(resolve, reject).finally(() => {
      signal.removeEventListener('abort', onAbort)
    })
  })
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

/** A server's message is shown as is, but never a wall of text. */
const maxMessageLength = 300
const clip = (text: string) =>
  text.length > maxMessageLength ? `${text.slice(0, maxMessageLength - 1)}…` : text

function httpError(response: Response, body: unknown): ApiError {
  const problem = problemSchema.safeParse(body)
  const message = problem.success
    ? [problem.data.detail, problem.data.title].map((text) => text?.trim()).find(Boolean)
    : undefined
  if (problem.success && message) {
    return new ApiError('http', clip(message), {
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
