import { act, renderHook } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import {
  columnLayoutKey,
  useColumnLayout,
} from '@/features/logs/data-table/use-column-layout'

const ids = ['time', 'contact', 'status']
const stored = (): unknown =>
  JSON.parse(localStorage.getItem(columnLayoutKey('calls')) ?? 'null')

afterEach(() => localStorage.clear())

describe('useColumnLayout', () => {
  it('remembers widths, order and density per log, and resets them', () => {
    const { result } = renderHook(() => useColumnLayout('calls', ids))
    act(() => result.current.onColumnSizingChange({ contact: 240 }))
    act(() => result.current.onColumnOrderChange(['status', 'time', 'contact']))
    act(() => result.current.setDensity('compact'))
    expect(stored()).toEqual({
      sizing: { contact: 240 },
      order: ['status', 'time', 'contact'],
      density: 'compact',
    })
    // Another visit reads it back; the other log is untouched.
    const again = renderHook(() => useColumnLayout('calls', ids)).result.current
    expect(again.columnSizing).toEqual({ contact: 240 })
    expect(again.columnOrder).toEqual(['status', 'time', 'contact'])
    expect(again.density).toBe('compact')
    expect(renderHook(() => useColumnLayout('texts', ids)).result.current.density).toBe(
      'comfortable',
    )

    act(() => result.current.reset())
    expect(result.current.columnSizing).toEqual({})
    expect(result.current.columnOrder).toEqual(ids)
    expect(result.current.density).toBe('comfortable')
    expect(stored()).toEqual({ sizing: {}, order: [], density: 'comfortable' })
  })

  it.each([
    ['text that is not JSON', '{"sizing":'],
    ['another shape', JSON.stringify({ contact: true })],
    [
      'a negative width',
      JSON.stringify({ sizing: { contact: -5 }, order: [], density: 'compact' }),
    ],
  ])('ignores %s in storage and starts from the defaults', (_, text) => {
    localStorage.setItem(columnLayoutKey('calls'), text)
    const { result } = renderHook(() => useColumnLayout('calls', ids))
    expect(result.current.columnSizing).toEqual({})
    expect(result.current.columnOrder).toEqual(ids)
    expect(result.current.density).toBe('comfortable')
  })
})
