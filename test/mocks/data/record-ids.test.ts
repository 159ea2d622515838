// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { recordId, recordIndex } from '@/mocks/data/record-ids'

describe('record ids', () => {
  it('encode the record’s position and decode back to it', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 0xffffffff }),
        fc.nat({ max: 1_000_000 }),
        (key, index) => {
          const id = recordId('calls', key, index)
          return /^CA[0-9a-f]{8}$/.test(id) && recordIndex('calls', key, id) === index
        },
      ),
    )
  })

  it('are not ours when the prefix or shape is wrong', () => {
    const id = recordId('texts', 5, 10)
    expect(recordIndex('calls', 5, id)).toBeNull()
    for (const bad of ['', 'SM', `${id}0`, id.toUpperCase(), ' SM0000000a']) {
      expect(recordIndex('texts', 5, bad)).toBeNull()
    }
  })
})
