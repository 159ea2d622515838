import { describe, expect, it } from 'vitest'
import { outcomeMapping } from '@/domain/catalog/by-outcome'
import { catalog } from '@/domain/catalog/catalog'

describe('outcomeMapping', () => {
  const mapping = outcomeMapping(catalog)

  it('places every entry exactly once', () => {
    const placed = [
      ...mapping.groups.flatMap((group) => group.entries),
      ...mapping.notOutcomes,
    ].map((entry) => entry.key)
    expect(placed.toSorted()).toEqual(catalog.map((entry) => entry.key).toSorted())
  })

  it('lists flags and result codes apart, as not outcomes', () => {
    expect(mapping.notOutcomes.map((entry) => entry.key)).toEqual([
      'ctm.call.no-audio',
      'callr.call.hangup',
      'callr.call.voicemail-complete',
      'callr.call.voicemail-incomplete',
    ])
  })

  it('shows only groups that hold statuses, in the canonical order', () => {
    const outcomes = mapping.groups.map((group) => group.outcome)
    expect(outcomes).not.toContain('unknown')
    expect(outcomes.slice(0, 3)).toEqual(['connected', 'machine', 'ivr'])
    expect(mapping.groups.find((g) => g.outcome === 'ivr')?.entries).toHaveLength(1)
  })
})
