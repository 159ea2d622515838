import { describe, expect, it } from 'vitest'
import { callSchema } from '@/api/call-schema'
import { parseInPieces } from './read-fixture'

const call = (sid: string, status = 'completed') => ({
  sid,
  from: '+18005550195',
  to: '+14155550100',
  direction: 'outbound-api',
  status,
  date_created: 'Tue, 17 Mar 2026 10:00:00 +0000',
  start_time: 'Tue, 17 Mar 2026 10:00:01 +0000',
  end_time: 'Tue, 17 Mar 2026 10:01:01 +0000',
  duration: '55',
})
const page = (calls: unknown[], n = 0) => ({
  calls,
  page: n,
  page_size: 50,
  next_page_uri: null,
})
const options = { format: 'twilio-rest', kind: 'calls' } as const

describe('Twilio REST list pages', () => {
  it('reads one page, pretty-printed', () => {
    const text = JSON.stringify(page([call('CA1'), call('CA2', 'busy')]), null, 2)
    const result = parseInPieces(text, options, 10)
    expect(result.calls.map((c) => c.id)).toEqual(['CA1', 'CA2'])
    expect(result.calls.map((c) => callSchema.parse(c).status.label)).toEqual([
      'Completed',
      'Busy',
    ])
  })

  it('reads an array of pages, and pages saved back to back', () => {
    const pages = [page([call('CA1')], 0), page([call('CA2'), call('CA1')], 1)]
    const asArray = parseInPieces(JSON.stringify(pages), options)
    expect(asArray.calls.map((c) => c.id)).toEqual(['CA1', 'CA2'])
    expect(asArray.summary.duplicates).toBe(1)
    const backToBack = parseInPieces(
      pages.map((p) => JSON.stringify(p, null, 1)).join('\n'),
      options,
      64,
    )
    expect(backToBack.calls).toEqual(asArray.calls)
  })

  it('keeps a bad record or page aside, by its number, and imports the rest', () => {
    const text = [
      JSON.stringify(
        page([
          call('CA1'),
          { ...call('CA2'), start_time: 'later', date_created: null },
          'oops',
        ]),
      ),
      JSON.stringify({ messages: [] }),
      '{"calls": [',
    ].join('\n')
    const result = parseInPieces(text, options)
    expect(result.calls.map((c) => c.id)).toEqual(['CA1'])
    expect(result.rejected.map((row) => row.reason)).toEqual([
      "record 2: start_time 'later' is not a date",
      'record 3: not a JSON object',
      'record 4: page 2 has no "calls" list',
      expect.stringMatching(/^record 5: page 3 is not valid JSON/),
    ])
  })
})
