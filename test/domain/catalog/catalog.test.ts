import { describe, expect, it } from 'vitest'
import { catalog, getStatus, normalizeStatusText } from '@/domain/catalog/catalog'
import { outcomeInfo } from '@/domain/outcomes'
import { channels, vendors } from '@/domain/vendors'
import { meaningOf } from '@/domain/catalog/meaning'

describe('the catalog', () => {
  it('has unique keys that read as <vendor>.<channel>.<code>', () => {
    const keys = catalog.map((entry) => entry.key)
    expect(new Set(keys).size).toBe(keys.length)
    for (const entry of catalog) {
      const [vendor, channel, code] = entry.key.split('.')
      expect(vendors).toContain(vendor)
      expect(channels).toContain(channel)
      expect([vendor, channel]).toEqual([entry.vendor, entry.channel])
      expect(code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    }
  })

  it('has no two entries of one vendor and channel that a lookup could confuse', () => {
    const seen = new Map<string, string>()
    for (const entry of catalog) {
      const terms = new Set(
        [
          entry.label,
          entry.code,
          entry.key.split('.')[2] ?? '',
          ...(entry.aliases ?? []),
        ].map(normalizeStatusText),
      )
      for (const term of terms) {
        const scoped = `${entry.vendor}.${entry.channel}.${term}`
        expect(seen.get(scoped) ?? entry.key, scoped).toBe(entry.key)
        seen.set(scoped, entry.key)
      }
    }
  })

  it('counts nothing in flight as an outcome, and everything final that is a status', () => {
    for (const entry of catalog) {
      if (entry.kind === 'flag' || entry.kind === 'result') {
        expect(entry.outcome, entry.key).toBeNull()
        continue
      }
      expect(entry.outcome, entry.key).not.toBeNull()
      if (entry.outcome === null) continue
      expect(outcomeInfo[entry.outcome].isOutcome, entry.key).toBe(
        entry.phase !== 'in-flight',
      )
    }
  })

  it('puts each entry in a group meant for its channel', () => {
    for (const entry of catalog) {
      if (entry.outcome === null) continue
      expect(outcomeInfo[entry.outcome].channels, entry.key).toContain(entry.channel)
    }
  })

  it('explains each entry in a sentence of plain text', () => {
    for (const entry of catalog) {
      expect(meaningOf(entry), entry.key).toMatch(/^[A-Z].*[.]$/s)
      expect(meaningOf(entry), entry.key).not.toMatch(/[<>]/)
    }
  })

  it('marks a phase as the vendor’s own only for Routee', () => {
    const marked = catalog.filter((entry) => entry.phaseFromVendor)
    expect(new Set(marked.map((entry) => entry.vendor))).toEqual(new Set(['routee']))
    expect(marked.map((entry) => entry.key)).toEqual(
      expect.arrayContaining([
        'routee.call.unknown',
        'routee.campaign.finished',
        'routee.campaign.failed',
      ]),
    )
    expect(getStatus('routee.campaign.sent').phaseFromVendor).toBeFalsy()
  })

  it('keeps both of CALLR’s levels on every CALLR status', () => {
    for (const entry of catalog.filter(
      (e) => e.vendor === 'callr' && e.kind === 'status' && !e.ours,
    )) {
      expect(entry.levels, entry.key).toBeDefined()
      expect(`${entry.levels?.status}/${entry.levels?.subStatus}`).toBe(entry.code)
    }
  })

  it('attaches CALLR’s result codes to the calls that reached the phone', () => {
    const results = catalog.filter((entry) => entry.kind === 'result')
    expect(results.map((entry) => entry.code)).toEqual([
      'HANGUP',
      'VOICEMAIL_COMPLETE',
      'VOICEMAIL_INCOMPLETE',
    ])
    for (const result of results) {
      expect(result.appliesTo).toEqual([
        'callr.call.answered-complete',
        'callr.call.answered-incomplete',
        'callr.call.absent-voicemail-detected',
      ])
    }
  })
})
