// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { generatedIds, recordId, recordIndex, settleUntil } from '@/mocks/data/record-ids'

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

describe('generatedIds', () => {
  it('finds a record by its id, and no record past the log’s size', () => {
    const { idOf, indexOf } = generatedIds('calls', 9, 10)
    expect(indexOf(idOf(7))).toBe(7)
    expect(indexOf(recordId('calls', 9, 10))).toBeNull()
    expect(indexOf('nonsense')).toBeNull()
  })
})

describe('settleUntil', () => {
  const time = Float64Array.from([10, 20, 30, 40])

  it('writes every record at `now` when the log does not run on', () => {
    const written: [number, number][] = []
    const unsettled = settleUntil(time, 50, 50, (i, at) => {
      written.push([i, at])
      return i === 3
    })
    expect(written).toEqual([
      [0, 50],
      [1, 50],
      [2, 50],
      [3, 50],
    ])
    expect(unsettled).toEqual([])
  })

  it('stops at records still to come and lists those under way when it runs on', () => {
    const written: number[] = []
    const unsettled = settleUntil(time, 25, 60, (i) => {
      written.push(i)
      return i === 1
    })
    expect(written).toEqual([0, 1])
    expect(unsettled).toEqual([1])
  })
})
