// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { CallWire } from '@/api/call-schema'
import type { TextWire } from '@/api/text-schema'
import { getStatus } from '@/domain/catalog/catalog'
import { currentDataset } from '@/mocks/data/dataset'
import { defaultSettings } from '@/mocks/settings/mock-settings'

// A Wednesday morning in Chicago, when calls and texts are under way.
const now = Date.parse('2026-03-18T16:30:00.000Z')
const dataset = currentDataset({
  ...defaultSettings,
  seed: 11,
  calls: 3000,
  texts: 3000,
  now: new Date(now).toISOString(),
})
const calls = Array.from({ length: dataset.calls().size }, (_, i) =>
  dataset.calls().record(i),
)
const texts = Array.from({ length: dataset.texts().size }, (_, i) =>
  dataset.texts().record(i),
)

const code = (key: string | null) => key?.split('.').at(-1) ?? ''
const codes = (record: CallWire | TextWire) =>
  record.trail.map((step) => code(step.status.key)).join(' ')
const phase = (key: string | null) => getStatus(key ?? '')?.phase
const time = (iso: string) => Date.parse(iso)

/** Each vendor's whole lifecycle, as its catalog file tells it: trail codes in order. */
const finishedTrails: Record<string, RegExp> = {
  ctm: /^in-progress( no-audio)? (answered|completed|hangup|busy|failed|no-answer|canceled)$/,
  routee:
    /^queued (unsent|initiated( unknown)? failed|initiated ringing (busy|no-answer)|initiated ringing in-progress (completed|terminated))$/,
  messenger:
    /^queued (cancelled|try-number-1( try-number-2( try-number-3)?)? (connected-answered in-progress completed|cancelled|failed)|connected-answered in-progress completed|failed|no-answer|busy|ringing|outgoing|far-end-disconnect|network-disconnect|connected-answer-machine|connected-no-response)$/,
  callr:
    /^(answered-complete|answered-incomplete|absent-busy|absent-no-answer|absent-voicemail-detected|error-blacklisted|error-rejected|error-unallocated-number|error-other)$/,
  texts:
    /^(receiving received|pending queued (unsent|sending (completed|failed|sent)|sending sent (delivered|undelivered|unreachable)))$/,
}

/** A trail cut short by "now": the start of one of the whole trails. */
const inFlightTrails: Record<string, RegExp> = {
  ctm: /^in-progress$/,
  routee: /^queued( initiated( unknown| ringing( in-progress)?)?)?$/,
  messenger:
    /^queued(( try-number-1( try-number-2( try-number-3)?)?)?( connected-answered( in-progress)?)?)?$/,
  callr: /^in-progress$/,
  texts: /^(receiving|pending( queued( sending)?)?)$/,
}

describe('generated calls follow their vendor’s lifecycle', () => {
  it('puts trail steps in time order, within the call', () => {
    for (const call of calls) {
      const start = time(call.started_at)
      const steps = call.trail.map((step) => time(step.at))
      expect(steps, call.id).toEqual([...steps].sort((a, b) => a - b))
      expect(steps[0], call.id).toBeGreaterThanOrEqual(start)
      expect(steps.at(-1), call.id).toBeLessThanOrEqual(
        Math.min(now, start + call.duration * 1000),
      )
      expect(call.ring_time + call.talk_time, call.id).toBeLessThanOrEqual(call.duration)
    }
  })

  it('ends a finished call with its final status, at its end', () => {
    for (const call of calls.filter((c) => phase(c.status.key) === 'final')) {
      expect(call.trail.at(-1)?.status.key, call.id).toBe(call.status.key)
      expect(time(call.trail.at(-1)?.at ?? ''), call.id).toBe(
        time(call.started_at) + call.duration * 1000,
      )
      expect(codes(call), call.id).toMatch(finishedTrails[call.vendor] ?? /^$/)
    }
  })

  it('keeps calls still under way in flight: no final step yet', () => {
    const live = calls.filter((c) => phase(c.status.key) === 'in-flight')
    expect(live.length).toBeGreaterThan(0)
    for (const call of live) {
      expect(call.trail.at(-1)?.status.key, call.id).toBe(call.status.key)
      expect(
        call.trail.every((step) => phase(step.status.key) === 'in-flight'),
        call.id,
      ).toBe(true)
      expect(codes(call), call.id).toMatch(inFlightTrails[call.vendor] ?? /^$/)
      expect(time(call.started_at) + (call.duration + 1) * 1000, call.id).toBeGreaterThan(
        now,
      )
      expect(call.has_recording, call.id).toBe(false)
    }
  })

  it('gives CALLR result codes only to calls that reached the phone', () => {
    const withResult = calls.filter((call) => call.result !== null)
    expect(withResult.length).toBeGreaterThan(0)
    for (const call of withResult) {
      expect(call.vendor).toBe('callr')
      const result = getStatus(call.result?.key ?? '')
      expect(result?.kind).toBe('result')
      expect(result?.appliesTo).toContain(call.status.key)
    }
  })

  it('flags No Audio exactly on answered CTM calls without a recording', () => {
    for (const call of calls) {
      const noAudio = call.trail.some((step) => step.status.key === 'ctm.call.no-audio')
      const answered = call.status.key === 'ctm.call.answered'
      expect(noAudio, call.id).toBe(answered && !call.has_recording)
      if (call.has_recording) expect(answered, call.id).toBe(true)
    }
    expect(calls.some((call) => call.has_recording)).toBe(true)
    expect(calls.some((call) => codes(call).includes('no-audio'))).toBe(true)
  })

  it('names the number each Messenger attempt rang', () => {
    const kinds = ['Mobile', 'Home', 'Work']
    const attempts = calls.flatMap((call) =>
      call.trail.filter((step) => step.status.key?.includes('try-number')),
    )
    expect(
      attempts.some((step) => step.status.key === 'messenger.call.try-number-3'),
    ).toBe(true)
    for (const step of attempts) {
      const n = Number(step.status.key?.at(-1))
      expect(step.detail).toMatch(new RegExp(`^${kinds[n - 1]} \\+\\d`))
    }
  })

  it('gives campaigns to broadcasts, agents and sources to CTM calls', () => {
    for (const call of calls) {
      expect(call.campaign !== null, call.id).toBe(call.vendor !== 'ctm')
      if (call.agent) expect(call.vendor).toBe('ctm')
      if (call.source) expect([call.vendor, call.direction]).toEqual(['ctm', 'inbound'])
    }
  })
})

describe('generated texts follow CTM’s text lifecycle', () => {
  it('goes Pending, Queued, Sending, Sent, Delivered (or fails), or Receiving, Received', () => {
    for (const text of texts) {
      const steps = text.trail.map((step) => time(step.at))
      expect(steps, text.id).toEqual([...steps].sort((a, b) => a - b))
      expect(text.trail.at(-1)?.status.key, text.id).toBe(text.status.key)
      if (phase(text.status.key) !== 'in-flight') {
        expect(codes(text), text.id).toMatch(finishedTrails.texts ?? /^$/)
      } else {
        expect(codes(text), text.id).toMatch(inFlightTrails.texts ?? /^$/)
      }
    }
    expect(texts.some((text) => phase(text.status.key) === 'in-flight')).toBe(true)
  })

  it('counts segments from the body: 160 GSM characters, or 153 each when split', () => {
    const gsm =
      /^[A-Za-z0-9 @£$¥èéùìòÇ\nØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ!"#¤%&'()*+,\-./:;<=>?¡ÄÖÑÜ§¿äöñüà]*$/
    const checked = texts.filter((text) => gsm.test(text.body))
    expect(checked.some((text) => text.segments > 1)).toBe(true)
    for (const text of checked) {
      const expected = text.body.length <= 160 ? 1 : Math.ceil(text.body.length / 153)
      expect(text.segments, text.body).toBe(expected)
    }
    for (const text of texts.filter(
      (t) => !gsm.test(t.body) && !/[\^{}\\[\]~|€]/.test(t.body),
    )) {
      const expected = text.body.length <= 70 ? 1 : Math.ceil(text.body.length / 67)
      expect(text.segments, text.body).toBe(expected)
    }
  })

  it('sends from the business’s number and receives on it', () => {
    for (const text of texts) {
      const [ours, theirs] =
        text.direction === 'outbound' ? [text.from, text.to] : [text.to, text.from]
      expect(ours).toMatch(/^\+1312555\d{4}$/)
      expect(theirs).toBe(text.contact.number)
    }
  })
})

describe('generated people and numbers', () => {
  const fictional = /^(\+1\d{3}55501\d{2}|\+447700900\d{3}|\+442079460\d{3})$/

  it('uses fictional E.164 numbers only', () => {
    for (const record of [...calls, ...texts])
      expect(record.contact.number).toMatch(fictional)
    for (const call of calls) {
      for (const number of [call.tracking_number, call.receiving_number]) {
        if (number !== null) expect(number).toMatch(fictional)
      }
    }
  })

  it('includes unknown callers and awkward names', () => {
    const names = calls.map((call) => call.contact.name)
    expect(names).toContain(null)
    expect(names.some((name) => name?.includes('<'))).toBe(true)
    expect(names.some((name) => name !== null && /[\u0590-\u06ff]/.test(name))).toBe(true)
    expect(names.some((name) => name?.includes("'"))).toBe(true)
  })
})
