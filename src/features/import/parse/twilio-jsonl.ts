import type { CallWire } from '@/api/call-schema'
import type { TextWire } from '@/api/text-schema'
import { LineSplitter } from './line-splitter'
import type { ParsedRow, RowReader } from './parsed-row'
import { RowProblem } from './row-problem'

export type TwilioItemReader = (item: Record<string, unknown>) => CallWire | TextWire

/** A JSON value that should be one resource: an object, or a RowProblem. */
export function asResource(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new RowProblem(undefined, 'not a JSON object')
  return value as Record<string, unknown>
}

/** Twilio BulkExport day files: one Call or Message resource per line. */
export function twilioJsonLinesReader(readItem: TwilioItemReader): RowReader {
  const splitter = new LineSplitter()
  let line = 0
  const rows = (lines: string[]): ParsedRow[] => {
    const out: ParsedRow[] = []
    for (const text of lines) {
      line += 1
      const raw = line === 1 && text.startsWith('\uFEFF') ? text.slice(1) : text
      if (raw.trim() === '') continue
      out.push({
        line,
        unit: 'line',
        raw,
        read: () => {
          let value: unknown
          try {
            value = JSON.parse(raw)
          } catch (error) {
            const why = error instanceof Error ? ` (${error.message})` : ''
            throw new RowProblem(undefined, `not valid JSON${why}`)
          }
          return readItem(asResource(value))
        },
      })
    }
    return out
  }
  return {
    push: (text) => rows(splitter.push(text)),
    end: () => rows(splitter.end()),
  }
}
