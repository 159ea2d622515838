import type { RejectedRow } from './import-types'

/** Why one field of a row cannot be read; the parser turns it into a rejected row. */
export class RowProblem extends Error {
  constructor(
    readonly field: string | undefined,
    message: string,
  ) {
    super(message)
    this.name = 'RowProblem'
  }
}

const maxShown = 60

/** A value quoted for a message, cut short and on one line: 'soon', 42, null. */
export function shown(value: unknown): string {
  if (typeof value === 'string') {
    const line = value.replace(/\s+/g, ' ')
    return `'${line.length > maxShown ? `${line.slice(0, maxShown - 1)}…` : line}'`
  }
  if (value === undefined) return 'nothing'
  // undefined for functions and symbols, which JSON has no words for.
  const json = (JSON.stringify(value) as string | undefined) ?? typeof value
  return json.length > maxShown ? `${json.slice(0, maxShown - 1)}…` : json
}

/** The rejected row for a problem at a line (or, in a REST page, the nth record). */
export function rejectedRow(
  line: number,
  raw: string,
  problem: unknown,
  unit: 'line' | 'record' = 'line',
): RejectedRow {
  const message = problem instanceof Error ? problem.message : String(problem)
  const field = problem instanceof RowProblem ? problem.field : undefined
  return {
    line,
    ...(field === undefined ? {} : { field }),
    reason: `${unit} ${line}: ${message}`,
    raw,
  }
}
