import { describe, expect, it } from 'vitest'
import { catalog } from '@/domain/catalog/catalog'
import { catalogSections } from '@/domain/catalog/sections'

describe('catalogSections', () => {
  it('groups the catalog by vendor document, in the glossary’s order', () => {
    expect(catalogSections.map((section) => section.title)).toEqual([
      'CTM calls',
      'CTM texts',
      'Messenger voice messages',
      'Routee voice messages',
      'Routee voice campaigns',
      'CALLR campaign calls',
      'Twilio calls',
      'Twilio messages',
    ])
  })

  it('holds every entry exactly once, in its own vendor and channel', () => {
    const keys = catalogSections.flatMap((section) =>
      section.entries.map((entry) => {
        expect(entry.vendor).toBe(section.vendor)
        expect(entry.channel).toBe(section.channel)
        return entry.key
      }),
    )
    expect(keys).toEqual(catalog.map((entry) => entry.key))
  })
})
