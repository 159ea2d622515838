import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { catalog, lookupStatus, type StatusEntry } from '@/domain/catalog/catalog'
import { channels, type Channel } from '@/domain/vendors'
import { meaningOf } from '@/domain/catalog/meaning'

const keyOf = (vendor: string, channel: Channel, raw: string) =>
  lookupStatus(vendor, channel, raw).key

describe('lookupStatus', () => {
  it.each([
    ['messenger', 'No-answer', 'messenger.call.no-answer'],
    ['messenger', 'no_answer', 'messenger.call.no-answer'],
    ['messenger', 'NoAnswer', 'messenger.call.no-answer'],
    ['messenger', 'NO ANSWER', 'messenger.call.no-answer'],
    ['messenger', '  no-Answer ', 'messenger.call.no-answer'],
    ['routee', 'no answer', 'routee.call.no-answer'],
    ['ctm', 'NO_ANSWER', 'ctm.call.no-answer'],
    ['messenger', 'Connected - Answered', 'messenger.call.connected-answered'],
    ['messenger', 'Connected – Answered', 'messenger.call.connected-answered'],
    ['messenger', 'connected_answered', 'messenger.call.connected-answered'],
    ['messenger', 'No response', 'messenger.call.connected-no-response'],
    ['messenger', "TryNumber'2'", 'messenger.call.try-number-2'],
    ['messenger', 'TryNumber 2', 'messenger.call.try-number-2'],
    ['messenger', 'trynumber2', 'messenger.call.try-number-2'],
    ['messenger', 'Canceled', 'messenger.call.cancelled'],
    ['ctm', 'Cancelled', 'ctm.call.canceled'],
    ['callr', 'ANSWERED_COMPLETE', 'callr.call.answered-complete'],
    ['callr', 'ANSWERED/COMPLETE', 'callr.call.answered-complete'],
    ['callr', 'answered complete', 'callr.call.answered-complete'],
    ['callr', 'ABSENT/VOICEMAIL_DETECTED', 'callr.call.absent-voicemail-detected'],
    ['callr', 'HANGUP', 'callr.call.hangup'],
    ['ctm', 'HANGUP', 'ctm.call.hangup'],
    ['routee', 'IN_PROGRESS', 'routee.call.in-progress'],
    ['ctm', 'ctm.call.busy', 'ctm.call.busy'],
  ] as const)('finds %s "%s" as %s', (vendor, raw, key) => {
    expect(keyOf(vendor, 'call', raw)).toBe(key)
  })

  it('keeps statuses of the same name apart by vendor and channel', () => {
    expect(keyOf('ctm', 'call', 'Completed')).toBe('ctm.call.completed')
    expect(keyOf('ctm', 'text', 'Completed')).toBe('ctm.text.completed')
    expect(keyOf('messenger', 'call', 'Completed')).toBe('messenger.call.completed')
    expect(keyOf('routee', 'call', 'Completed')).toBe('routee.call.completed')
    expect(keyOf('routee', 'campaign', 'Queued')).toBe('routee.campaign.queued')
  })

  it('does not find a status under another vendor or channel', () => {
    expect(keyOf('ctm', 'call', 'Delivered')).toBe('unknown')
    expect(keyOf('routee', 'campaign', 'Busy')).toBe('unknown')
    expect(keyOf('messenger', 'call', 'ctm.call.busy')).toBe('unknown')
    expect(keyOf('acme', 'call', 'Busy')).toBe('unknown')
  })

  it('finds every entry from its code, whatever the case and separators', () => {
    // Codes are plain ASCII (with an en dash and quotes), so Array.from splits them safely.
    const spelling = fc.constantFrom(...catalog).chain((entry) => {
      const chars = Array.from(entry.code)
      return fc
        .array(
          fc.tuple(fc.boolean(), fc.constantFrom('', '', ' ', '-', '_', '/', '  ')),
          {
            minLength: chars.length,
            maxLength: chars.length,
          },
        )
        .map((choices) => ({
          entry,
          raw: chars
            .map((char, i) => {
              const [upper, separator] = choices[i] ?? [false, '']
              return (upper ? char.toUpperCase() : char.toLowerCase()) + separator
            })
            .join(''),
        }))
    })
    fc.assert(
      fc.property(spelling, ({ entry, raw }) => {
        expect(lookupStatus(entry.vendor, entry.channel, raw).key).toBe(entry.key)
      }),
    )
  })
})

describe('an unknown status', () => {
  const unknown = (raw: string, vendor = 'routee'): StatusEntry =>
    lookupStatus(vendor, 'call', raw)

  it('keeps the raw text and says it is not in the catalog', () => {
    const entry = unknown('Teleported')
    expect(entry).toMatchObject({
      known: false,
      key: 'unknown',
      raw: 'Teleported',
      label: 'Teleported',
      vendor: 'routee',
      channel: 'call',
      phase: null,
      outcome: 'unknown',
    })
    expect(meaningOf(entry)).toMatch(/not in the catalog/)
  })

  it('has no vendor when the vendor is not one we know', () => {
    expect(unknown('Busy', 'acme')).toMatchObject({ known: false, vendor: null })
  })

  it('is labelled even when empty', () => {
    expect(unknown('')).toMatchObject({ raw: '', label: '(no status)' })
    expect(unknown(' \n\t ')).toMatchObject({ label: '(no status)' })
  })

  it('keeps HTML-looking text as it came', () => {
    const html = '<img src=x onerror="alert(1)">Busy</b>'
    expect(unknown(html)).toMatchObject({ known: false, raw: html, label: html })
  })

  it('keeps a 10,000-character status whole, with a short one-line label', () => {
    const raw = `${'Δ'.repeat(5_000)}\n${'x'.repeat(4_999)}`
    const entry = unknown(raw)
    expect(entry.known).toBe(false)
    if (entry.known) return
    expect(entry.raw).toBe(raw)
    expect(entry.label.length).toBeLessThanOrEqual(80)
    expect(entry.label).not.toContain('\n')
    expect(entry.label.endsWith('…')).toBe(true)
  })

  it('never throws, whatever the vendor, channel and text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.constantFrom('ctm', 'messenger', 'routee', 'callr', '', 'Routee', '<b>'),
        fc.constantFrom(...channels),
        (raw, vendor, channel) => {
          const entry = lookupStatus(vendor, channel, raw)
          return entry.known
            ? entry.vendor === vendor && entry.channel === channel
            : entry.raw === raw && entry.label.length > 0
        },
      ),
      { numRuns: 500 },
    )
  })
})
