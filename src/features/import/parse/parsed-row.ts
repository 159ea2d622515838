import type { CallWire } from '@/api/call-schema'
import type { TextWire } from '@/api/text-schema'

/** A row read from a file, not yet turned into a record: read() throws a RowProblem when it cannot be. */
export type ParsedRow = {
  /** 1-based line (JSON Lines, CSV) or record number (REST pages). */
  line: number
  unit: 'line' | 'record'
  raw: string
  read: () => CallWire | TextWire
}

/** Reads a format's rows from text that arrives in pieces. */
export type RowReader = {
  push(text: string): ParsedRow[]
  end(): ParsedRow[]
}
