import { describe, expect, it } from 'vitest'
import { barAfterKey } from '@/features/insights/chart-kit/bar-keys'

describe('barAfterKey', () => {
  it('steps with the arrows and jumps with Home and End, within the bars', () => {
    expect(barAfterKey('ArrowRight', 3, 10)).toBe(4)
    expect(barAfterKey('ArrowLeft', 3, 10)).toBe(2)
    expect(barAfterKey('ArrowLeft', 0, 10)).toBe(0)
    expect(barAfterKey('ArrowRight', 9, 10)).toBe(9)
    expect(barAfterKey('Home', 5, 10)).toBe(0)
    expect(barAfterKey('End', 5, 10)).toBe(9)
  })

  it('moves nothing for other keys, or when there are no bars', () => {
    expect(barAfterKey('Enter', 3, 10)).toBeUndefined()
    expect(barAfterKey('ArrowDown', 3, 10)).toBeUndefined()
    expect(barAfterKey('ArrowRight', 0, 0)).toBeUndefined()
  })
})
