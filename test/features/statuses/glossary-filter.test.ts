import { describe, expect, it } from 'vitest'
import { catalog } from '@/domain/catalog/catalog'
import { catalogSections } from '@/domain/catalog/sections'
import { glossaryView } from '@/features/statuses/glossary-filter'
import type { GlossaryFilters } from '@/features/statuses/glossary-search'

const none: GlossaryFilters = { query: '', vendors: [], outcomes: [] }
const keys = (filters: Partial<GlossaryFilters>, linked: string | null = null) =>
  glossaryView(
    catalogSections,
    { ...none, ...filters },
    linked as Parameters<typeof glossaryView>[2],
  ).sections.flatMap(({ entries }) => entries.map((entry) => entry.key))

describe('glossaryView', () => {
  it('shows everything, in catalog order, without filters', () => {
    const view = glossaryView(catalogSections, none, null)
    expect(view.matching).toBe(catalog.length)
    expect(view.total).toBe(catalog.length)
    expect(view.pinned).toBeNull()
    expect(keys({})).toEqual(catalog.map((entry) => entry.key))
  })

  it('filters by vendor, leaving out sections with nothing to show', () => {
    const view = glossaryView(catalogSections, { ...none, vendors: ['routee'] }, null)
    expect(view.sections.map(({ section }) => section.title)).toEqual([
      'Routee voice messages',
      'Routee voice campaigns',
    ])
    expect(view.matching).toBe(17)
  })

  it('filters by outcome group, where flags and result codes never match', () => {
    expect(keys({ outcomes: ['machine'] })).toEqual([
      'messenger.call.connected-answer-machine',
      'callr.call.absent-voicemail-detected',
    ])
    expect(keys({ vendors: ['callr'], outcomes: ['connected', 'blocked'] })).toEqual([
      'callr.call.answered-complete',
      'callr.call.answered-incomplete',
      'callr.call.error-blacklisted',
    ])
  })

  it('combines the search with the filters', () => {
    expect(keys({ query: 'busy', vendors: ['messenger', 'callr'] })).toEqual([
      'messenger.call.busy',
      'callr.call.absent-busy',
    ])
  })

  it('shows a linked entry the filters hide, and says so', () => {
    const view = glossaryView(
      catalogSections,
      { ...none, vendors: ['routee'] },
      'ctm.call.completed',
    )
    expect(view.pinned?.key).toBe('ctm.call.completed')
    expect(view.matching).toBe(17)
    expect(view.sections[0]?.entries.map((entry) => entry.key)).toEqual([
      'ctm.call.completed',
    ])
  })

  it('does not pin a linked entry that matches anyway', () => {
    const view = glossaryView(catalogSections, none, 'ctm.call.completed')
    expect(view.pinned).toBeNull()
  })
})
