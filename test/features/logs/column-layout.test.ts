import { describe, expect, it } from 'vitest'
import {
  clampWidth,
  columnLayoutSchema,
  isColumnLayout,
  maxColumnWidth,
  minColumnWidth,
  moveColumn,
  orderedIds,
  rowHeightFor,
} from '@/features/logs/data-table/column-layout'

const ids = ['time', 'contact', 'status', 'metrics']

describe('column layout', () => {
  it('accepts a stored layout of the right shape', () => {
    expect(
      isColumnLayout({ sizing: { contact: 220 }, order: ['status'], density: 'compact' }),
    ).toBe(true)
  })

  it.each([
    ['not an object', 'wide'],
    ['null', null],
    [
      'a width that is text',
      { sizing: { contact: '220px' }, order: [], density: 'compact' },
    ],
    [
      'a width below the minimum',
      { sizing: { contact: 3 }, order: [], density: 'compact' },
    ],
    ['an unknown density', { sizing: {}, order: [], density: 'cosy' }],
    ['an order that is not a list', { sizing: {}, order: 'time', density: 'compact' }],
  ])('refuses %s', (_, value) => {
    expect(isColumnLayout(value)).toBe(false)
    expect(columnLayoutSchema.safeParse(value).success).toBe(false)
  })

  it('keeps dragged widths within bounds, in whole pixels', () => {
    expect(clampWidth(10)).toBe(minColumnWidth)
    expect(clampWidth(5000)).toBe(maxColumnWidth)
    expect(clampWidth(200.6)).toBe(201)
  })

  it('reads a stored order against the columns there are now', () => {
    expect(orderedIds(ids, [])).toEqual(ids)
    expect(orderedIds(ids, ['status', 'time', 'contact', 'metrics'])).toEqual([
      'status',
      'time',
      'contact',
      'metrics',
    ])
    // A column gone since is dropped; a new one keeps its place.
    expect(orderedIds(ids, ['contact', 'gone', 'time', 'metrics'])).toEqual([
      'contact',
      'time',
      'status',
      'metrics',
    ])
  })

  it('moves a column one place, or onto another column as a drop does', () => {
    expect(moveColumn(ids, 'contact', { by: 1 })).toEqual([
      'time',
      'status',
      'contact',
      'metrics',
    ])
    expect(moveColumn(ids, 'contact', { by: -1 })).toEqual([
      'contact',
      'time',
      'status',
      'metrics',
    ])
    expect(moveColumn(ids, 'time', { by: -1 })).toEqual(ids)
    expect(moveColumn(ids, 'metrics', { by: 1 })).toEqual(ids)
    // Dropped on a column to its right: after it; to its left: before it.
    expect(moveColumn(ids, 'time', { target: 'status' })).toEqual([
      'contact',
      'status',
      'time',
      'metrics',
    ])
    expect(moveColumn(ids, 'metrics', { target: 'contact' })).toEqual([
      'time',
      'metrics',
      'contact',
      'status',
    ])
    expect(moveColumn(ids, 'unknown', { by: 1 })).toEqual(ids)
  })

  it('makes compact rows shorter than comfortable ones', () => {
    expect(rowHeightFor(52, 'comfortable')).toBe(52)
    expect(rowHeightFor(52, 'compact')).toBeLessThan(52)
  })
})
