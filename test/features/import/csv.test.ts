import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { callSchema } from '@/api/call-schema'
import { textSchema } from '@/api/text-schema'
import {
  guessCsvMapping,
  headerSignature,
  missingCsvFields,
} from '@/features/import/parse/csv-mapping'
import { createImportParser } from '@/features/import/parse/import-parser'
import { rejectedRowsCsv } from '@/features/import/parse/rejected-csv'
import { fixtureText, parseInPieces } from './read-fixture'

const ctmFile = fixtureText('ctm-calls-2026-03-16.csv')
const ctmHeader = Papa.parse<string[]>(ctmFile, { preview: 1 }).data[0] ?? []

describe('guessCsvMapping', () => {
  it('maps every column of a CTM-style calls export by its name', () => {
    const { columns } = guessCsvMapping(ctmHeader)
    const byName = Object.fromEntries(
      Object.entries(columns).map(([field, index]) => [field, ctmHeader[index]]),
    )
    expect(byName).toEqual({
      id: 'Call ID',
      time: 'Called At',
      direction: 'Direction',
      contactName: 'Caller Name',
      contact: 'Caller Number',
      trackingNumber: 'Tracking Number',
      receivingNumber: 'Receiving Number',
      source: 'Tracking Source',
      agent: 'Agent',
      status: 'Call Status',
      duration: 'Duration',
      talkTime: 'Talk Time',
      ringTime: 'Ring Time',
    })
    expect(missingCsvFields(guessCsvMapping(ctmHeader), 'calls')).toEqual([])
  })

  it('leaves what it cannot guess for the user, and says what is missing', () => {
    const header = [
      'When',
      'Sender',
      'Recipient',
      'Message',
      'Delivery Status',
      'Provider',
      'Notes',
    ]
    const mapping = guessCsvMapping(header)
    expect(mapping.columns).toEqual({ from: 1, to: 2, body: 3, status: 4, vendor: 5 })
    expect(missingCsvFields(mapping, 'texts')).toEqual(['time'])
  })

  it('keys a header by its names, whatever their spelling', () => {
    expect(headerSignature(['Caller Number', 'Call Status'])).toBe(
      headerSignature(['caller_number', 'CALL-STATUS']),
    )
    expect(headerSignature(['a', 'b'])).not.toBe(headerSignature(['b', 'a']))
  })
})

describe('a CTM-style calls CSV', () => {
  const options = {
    format: 'csv',
    kind: 'calls',
    vendor: 'ctm',
    mapping: { ...guessCsvMapping(ctmHeader), zone: 'utc' },
  } as const
  const result = parseInPieces(ctmFile, options)

  it('imports each readable row as an API call, through CTM’s catalog', () => {
    expect(result.calls).toHaveLength(14)
    const calls = result.calls.map((wire) => callSchema.parse(wire))
    expect(calls[0]).toMatchObject({
      id: '9000',
      vendor: 'ctm',
      startedAt: '2026-03-16T14:05:00.000Z',
      direction: 'inbound',
      contact: { name: 'Zoë Ortega', number: '+1 (312) 555-1000' },
      trackingNumber: '+1 800-555-0195',
      source: { id: 'google-ads', name: 'Google Ads' },
      agent: { id: 'ana-ruiz', name: 'Ana Ruiz' },
      duration: 65,
      talkTime: 60,
      ringTime: 5,
      status: { key: 'ctm.call.answered' },
    })
    expect(calls.map((call) => call.status.label)).toContain('No answer')
    expect(calls.filter((call) => call.status.key === 'ctm.call.no-answer')).toHaveLength(
      2,
    )
    expect(calls.find((call) => call.agent?.name === '<i>Dee</i>')?.agent?.id).toBe(
      'i-dee-i',
    )
    expect(result.summary).toMatchObject({
      records: 14,
      knownStatuses: 13,
      unknownStatuses: 1,
    })
    expect(result.summary.unknownStatusCodes).toEqual(new Map([['Voicemail Left', 1]]))
  })

  it('keeps the rows it cannot read, naming the column as the file does', () => {
    expect(result.rejected.map((row) => [row.line, row.field, row.reason])).toEqual([
      [8, 'Called At', "line 8: Called At 'yesterday-ish' is not a date"],
      [11, 'Duration', "line 11: Duration 'a while' is not a number of seconds"],
    ])
  })

  it('reads the same rows however the text is cut, quoted commas included', () => {
    for (const size of [1, 5, 64, 1000])
      expect(parseInPieces(ctmFile, options, size).calls).toEqual(result.calls)
    expect(result.calls[5]?.contact.name).toBe('"Quoted", Name')
  })

  it('gives each row the same id on a second import, so nothing doubles', () => {
    const again = parseInPieces(ctmFile, options, 77)
    expect(again.calls.map((call) => call.id)).toEqual(
      result.calls.map((call) => call.id),
    )
  })
})

describe('a generic texts CSV', () => {
  const file = fixtureText('generic-texts.csv')
  const mapping = {
    columns: { time: 0, from: 1, to: 2, body: 3, status: 4, vendor: 5 },
    zone: 'utc',
  } as const

  it('reads each row’s vendor from its column, a line break inside quotes included', () => {
    const result = parseInPieces(file, { format: 'csv', kind: 'texts', mapping }, 9)
    const texts = result.texts.map((wire) => textSchema.parse(wire))
    expect(texts.map((text) => [text.vendor, text.status.label])).toEqual([
      ['twilio', 'Delivered'],
      ['twilio', 'Received'],
      ['ctm', 'Undelivered'],
      ['ctm', 'Delivered'],
      ['twilio', 'bounced'],
    ])
    expect(texts[0]?.body).toBe('Hello, your order shipped.\nTrack it online.')
    expect(result.summary.vendors).toEqual(['twilio', 'ctm'])
    expect(result.rejected).toEqual([])
  })

  it('hashes rows without an id column into stable ids', () => {
    const first = parseInPieces(file, { format: 'csv', kind: 'texts', mapping })
    expect(first.texts[0]?.id).toMatch(/^row-[0-9a-f]{16}$/)
    expect(new Set(first.texts.map((text) => text.id)).size).toBe(5)
  })
})

describe('a CSV import', () => {
  const mapping = { columns: { time: 0, status: 1, contact: 2 }, zone: 'utc' } as const

  it('needs a vendor when the file has no vendor column', () => {
    expect(() => createImportParser({ format: 'csv', kind: 'calls', mapping })).toThrow(
      'This file has no vendor column: pick the vendor of its records.',
    )
    expect(() =>
      createImportParser({
        format: 'csv',
        kind: 'calls',
        vendor: 'ctm',
        mapping: { columns: {}, zone: 'utc' },
      }),
    ).toThrow('The column mapping lacks: time, status, contact.')
  })

  it('rejects a short row, and reads statuses forgivingly', () => {
    const text =
      'time,status,number\n2026-03-01 10:00,No Answer,+1555\n2026-03-01 11:00,no_answer\n2026-03-01 12:00,NO-ANSWER,+1666'
    const result = parseInPieces(text, {
      format: 'csv',
      kind: 'calls',
      vendor: 'ctm',
      mapping,
    })
    expect(result.calls.map((call) => call.status)).toEqual([
      { code: 'No Answer', key: 'ctm.call.no-answer' },
      { code: 'NO-ANSWER', key: 'ctm.call.no-answer' },
    ])
    expect(result.rejected).toEqual([
      {
        line: 3,
        reason: 'line 3: 2 cells where the header has 3',
        raw: '2026-03-01 11:00,no_answer',
      },
    ])
  })
})

describe('rejectedRowsCsv', () => {
  it('writes the rows not imported as a CSV with the reason for each', () => {
    const csv = rejectedRowsCsv([
      {
        line: 14,
        field: 'start_time',
        reason: "line 14: start_time 'soon' is not a date",
        raw: '{"a": "b, c"}',
      },
      { line: 20, reason: 'line 20: not a JSON object', raw: '42' },
    ])
    expect(Papa.parse(csv).data).toEqual([
      ['line', 'field', 'reason', 'row'],
      ['14', 'start_time', "line 14: start_time 'soon' is not a date", '{"a": "b, c"}'],
      ['20', '', 'line 20: not a JSON object', '42'],
    ])
  })
})
