import { z } from 'zod/mini'

/** A field of the wrong type is dropped, not fatal: the rest may still explain the error. */
const lenient = <T extends z.ZodMiniType>(schema: T) =>
  z.catch(z.optional(schema), undefined)

/** RFC 9457 problem details, as the API sends them with every 4xx and 5xx. */
export const problemSchema = z.looseObject({
  type: lenient(z.string()),
  title: lenient(z.string()),
  status: lenient(z.number()),
  detail: lenient(z.string()),
  instance: lenient(z.string()),
  /** Our extension: the query parameter at fault, for 400s. */
  param: lenient(z.string()),
})

export type Problem = z.infer<typeof problemSchema>

export type ApiErrorKind = 'http' | 'network' | 'timeout' | 'invalid-response'

/** Every way a request can fail, with a message fit to show a person. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind
  readonly status: number | undefined
  readonly problem: Problem | undefined

  constructor(
    kind: ApiErrorKind,
    message: string,
    options: { status?: number; problem?: Problem; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause })
    this.name = 'ApiError'
    this.kind = kind
    this.status = options.status
    this.problem = options.problem
  }

  /** Client errors will fail the same way again; everything else may pass on retry. */
  get isRetryable(): boolean {
    return (
      !(this.kind === 'http' && this.status !== undefined && this.status < 500) &&
      this.kind !== 'invalid-response'
    )
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError
}
