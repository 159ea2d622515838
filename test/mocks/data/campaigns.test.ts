// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { getStatus, type StatusKey } from '@/domain/catalog/catalog'
import { campaignStatusKey } from '@/mocks/data/campaigns'
import { currentDataset } from '@/mocks/data/dataset'
import { defaultSettings } from '@/mocks/settings/mock-settings'

const now = Date.parse('2026-03-18T16:30:00.000Z')
const minute = 60_000
const routee = (
  call: { status: StatusKey; finished: boolean; duration: number },
  start: number,
) => campaignStatusKey('routee', 'Renewal offer', start, call, now)

describe("a call's campaign status", () => {
  it('is Queued while the call waits at Routee’s Queued step, Running once dialled', () => {
    const start = now - 2_000
    expect(
      routee({ status: 'routee.call.queued', finished: false, duration: 2 }, start),
    ).toBe('routee.campaign.queued')
    for (const status of [
      'routee.call.initiated',
      'routee.call.ringing',
      'routee.call.in-progress',
    ] as const)
      expect(routee({ status, finished: false, duration: 20 }, now - 20_000)).toBe(
        'routee.campaign.running',
      )
  })

  it('is Sent while the receipts may still come, then Finished or, for a few runs, Failed', () => {
    const ended = {
      status: 'routee.call.completed',
      finished: true,
      duration: 60,
    } as const
    expect(routee(ended, now - 5 * minute)).toBe('routee.campaign.sent')
    const days = Array.from({ length: 200 }, (_, day) =>
      routee(ended, now - (day + 1) * 24 * 60 * minute),
    )
    expect(new Set(days)).toEqual(
      new Set(['routee.campaign.finished', 'routee.campaign.failed']),
    )
    expect(days.filter((key) => key === 'routee.campaign.failed').length).toBeLessThan(30)
  })

  it('is none for other vendors and calls outside a campaign', () => {
    const call = {
      status: 'callr.call.in-progress',
      finished: false,
      duration: 5,
    } as const
    expect(campaignStatusKey('callr', 'Storm preparedness', now, call, now)).toBeNull()
    expect(campaignStatusKey('routee', null, now, call, now)).toBeNull()
  })

  it('shows on a month of demo calls the campaign states that last (Running, Finished, Failed), never Scheduled', () => {
    const dataset = currentDataset({
      ...defaultSettings,
      seed: 11,
      calls: 20_000,
      texts: 10,
      days: 30,
      now: new Date(now).toISOString(),
    })
    const seen = new Set<string>()
    for (let i = 0; i < dataset.calls().size; i++) {
      const key = dataset.calls().record(i).campaign_status?.key
      if (key) seen.add(key)
    }
    for (const key of seen) expect(getStatus(key)?.channel).toBe('campaign')
    // Queued and Sent last seconds to minutes of a call's life: the tests above draw them.
    expect([...seen]).toEqual(
      expect.arrayContaining([
        'routee.campaign.running',
        'routee.campaign.finished',
        'routee.campaign.failed',
      ]),
    )
    expect(seen).not.toContain('routee.campaign.scheduled')
  })
})
