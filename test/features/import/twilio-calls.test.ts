import { describe, expect, it } from 'vitest'
import { callSchema } from '@/api/call-schema'
import { twilioCallToWire } from '@/features/import/parse/twilio-call'
import { fixtureText, parseInPieces, trailRows } from './read-fixture'

const dayFile = fixtureText('twilio-calls-2026-03-17.jsonl')
const options = { format: 'twilio-jsonl', kind: 'calls' } as const

describe('a Twilio BulkExport calls day file', () => {
  const result = parseInPieces(dayFile, options)

  it('imports every readable line as an API call that the API schema accepts', () => {
    expect(result.calls).toHaveLength(22)
    for (const wire of result.calls) expect(callSchema.safeParse(wire).success).toBe(true)
    expect(result.summary).toMatchObject({
      format: 'twilio-jsonl',
      kind: 'calls',
      records: 22,
      rejected: 3,
      duplicates: 1,
      vendors: ['twilio'],
      knownStatuses: 21,
      unknownStatuses: 1,
      from: '2026-03-17T08:00:00.000Z',
    })
    expect(result.summary.unknownStatusCodes).toEqual(new Map([['voicemail-dropped', 1]]))
  })

  it('keeps each unreadable line, naming its line and field', () => {
    expect(result.rejected.map((row) => row.reason)).toEqual([
      expect.stringMatching(/^line 13: not valid JSON/),
      'line 15: sid is missing',
      "line 17: start_time 'soon' is not a date",
    ])
    expect(result.rejected[1]).toMatchObject({ line: 15, field: 'sid' })
    expect(result.rejected[2]?.raw).toBe(dayFile.split('\n')[16])
  })

  it('reads the same records however the text is cut into pieces', () => {
    for (const size of [1, 7, 100, 4096]) {
      const pieces = parseInPieces(dayFile, options, size)
      expect(pieces.calls).toEqual(result.calls)
      expect(pieces.rejected).toEqual(result.rejected)
    }
  })

  it('resolves statuses forgivingly and keeps the code as Twilio wrote it', () => {
    const spelt = result.calls.find((call) => call.status.code === 'No Answer')
    expect(spelt?.status.key).toBe('twilio.call.no-answer')
    expect(callSchema.parse(spelt).status).toMatchObject({
      known: true,
      outcome: 'not-answered',
    })
    const odd = callSchema.parse(
      result.calls.find((call) => call.status.code === 'voicemail-dropped'),
    )
    expect(odd.status).toMatchObject({ known: false, label: 'voicemail-dropped' })
  })

  it('keeps markup in names as text', () => {
    expect(result.calls[0]?.contact).toEqual({
      name: '<b>Zoë</b> & "Co"',
      number: '+13125550100',
    })
  })
})

describe('twilioCallToWire', () => {
  const answered = {
    sid: 'CA1',
    from: '+18005550195',
    to: '+14155550100',
    direction: 'outbound-api',
    status: 'completed',
    date_created: 'Tue, 31 Aug 2010 20:36:28 +0000',
    start_time: '2010-08-31T20:36:30Z',
    end_time: 'Tue, 31 Aug 2010 20:37:40 +0000',
    duration: '60',
    answered_by: 'machine_end_beep',
  }

  it('builds the trail from the times Twilio gives: created, dialled, ended', () => {
    const call = callSchema.parse(twilioCallToWire(answered))
    expect(trailRows(call)).toEqual([
      ['2010-08-31T20:36:28.000Z', 'Queued', null],
      ['2010-08-31T20:36:30.000Z', 'Initiated', null],
      [
        '2010-08-31T20:37:40.000Z',
        'Completed',
        'Answered by a machine (message left after the beep)',
      ],
    ])
    expect(call).toMatchObject({
      startedAt: '2010-08-31T20:36:30.000Z',
      duration: 70,
      talkTime: 60,
      ringTime: 10,
      direction: 'outbound',
      contact: { name: null, number: '+14155550100' },
      trackingNumber: '+18005550195',
    })
  })

  it('ends the trail on a call still under way without inventing an end', () => {
    const call = callSchema.parse(
      twilioCallToWire({
        ...answered,
        status: 'in-progress',
        end_time: null,
        duration: null,
      }),
    )
    expect(call.trail.map((step) => step.status.label)).toEqual([
      'Queued',
      'Initiated',
      'In progress',
    ])
    expect(call.trail.at(-1)?.at).toBe('2010-08-31T20:36:30.000Z')
  })

  it('hashes a sid that is not a plain id, the same way every time', () => {
    const odd = twilioCallToWire({ ...answered, sid: 'CA 1/<b>' })
    expect(odd.id).toMatch(/^id-[0-9a-f]{16}$/)
    expect(twilioCallToWire({ ...answered, sid: 'CA 1/<b>' }).id).toBe(odd.id)
  })

  it('names Twilio’s error code on a failed call', () => {
    const call = twilioCallToWire({
      ...answered,
      status: 'failed',
      error_code: 31005,
      answered_by: null,
    })
    expect(call.trail.at(-1)?.detail).toBe('Twilio error 31005')
  })

  it.each([
    [{ sid: 42 }, 'sid 42 is not text'],
    [{ status: ['completed'] }, 'status ["completed"] is not text'],
    [{ duration: 'long' }, "duration 'long' is not a number of seconds"],
    [
      { start_time: null, date_created: null },
      'start_time and date_created are both missing',
    ],
    [{ end_time: '31/31/2010' }, "end_time '31/31/2010' is not a date"],
  ])('refuses a wrong field: %o', (patch, message) => {
    expect(() => twilioCallToWire({ ...answered, ...patch })).toThrow(message)
  })
})
