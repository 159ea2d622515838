import { afterEach, describe, expect, it } from 'vitest'
import { addView, noViews, setDefaultView } from '@/domain/saved-views'
import { columnLayoutKey } from '@/features/logs/data-table/use-column-layout'
import { captureColumns, restoreColumns } from '@/features/views/column-state'
import { readViews, writeViews } from '@/features/views/view-store'

const good = { id: 'a', name: 'Busy', params: { status: 'ctm.call.busy' }, columns: {} }

afterEach(() => window.localStorage.clear())

describe('the saved views store', () => {
  it('reads back what it wrote, per log', () => {
    const state = setDefaultView(addView(noViews, good), 'a')
    expect(writeViews('calls', state)).toBe(true)
    expect(readViews('calls')).toEqual({ state, problem: undefined })
    expect(readViews('texts')).toEqual({ state: noViews })
  })

  it('sets aside what is not JSON, or not a store of views, with a message', () => {
    for (const text of ['{not json', '"a string"', '[]', '{"views":7}', 'null']) {
      window.localStorage.setItem('callboard.views.calls', text)
      expect(readViews('calls')).toEqual({
        state: noViews,
        problem: 'Your saved views could not be read; they are set aside.',
      })
    }
  })

  it('leaves out the views that do not read, and a default naming one of them', () => {
    window.localStorage.setItem(
      'callboard.views.calls',
      JSON.stringify({
        views: [
          good,
          { id: 'b', name: '', params: {}, columns: {} },
          { id: 'c', name: 'Numbers', params: { range: 7 }, columns: {} },
          { ...good, name: 'Same id' },
          'junk',
        ],
        defaultId: 'b',
      }),
    )
    const { state, problem } = readViews('calls')
    expect(state).toEqual({ views: [good] })
    expect(problem).toBe('4 saved views could not be read and are left out.')
  })

  it('keeps only this log’s column keys in a view, so a view cannot write elsewhere', () => {
    window.localStorage.setItem(
      'callboard.views.calls',
      JSON.stringify({
        views: [
          {
            ...good,
            columns: {
              'callboard.columns.calls': { source: false },
              'callboard.columns.calls.widths': { time: 120 },
              'callboard.columns.callsx': {},
              'callboard.mock': { failRate: 1 },
            },
          },
        ],
      }),
    )
    expect(Object.keys(readViews('calls').state.views[0]?.columns ?? {})).toEqual([
      'callboard.columns.calls',
      'callboard.columns.calls.widths',
    ])
  })

  it('takes the column widths, order and density the table stores', () => {
    window.localStorage.setItem(
      columnLayoutKey('calls'),
      '{"sizing":{"status":180},"order":[],"density":"compact"}',
    )
    expect(captureColumns('calls')).toEqual({
      [columnLayoutKey('calls')]: {
        sizing: { status: 180 },
        order: [],
        density: 'compact',
      },
    })
  })

  it('captures the table’s column state whatever its keys, and puts it back exactly', () => {
    window.localStorage.setItem('callboard.columns.calls', '{"source":false}')
    window.localStorage.setItem('callboard.columns.calls.density', '"compact"')
    window.localStorage.setItem('callboard.columns.texts', '{"body":false}')
    const captured = captureColumns('calls')
    expect(captured).toEqual({
      'callboard.columns.calls': { source: false },
      'callboard.columns.calls.density': 'compact',
    })

    window.localStorage.setItem('callboard.columns.calls', '{}')
    window.localStorage.removeItem('callboard.columns.calls.density')
    window.localStorage.setItem('callboard.columns.calls.widths', '{"time":99}')
    const told: string[] = []
    const listen = (event: Event) => told.push((event as CustomEvent<string>).detail)
    window.addEventListener('callboard:stored', listen)
    restoreColumns('calls', { ...captured, 'callboard.mock': { seed: 1 } })
    window.removeEventListener('callboard:stored', listen)

    expect(captureColumns('calls')).toEqual(captured)
    expect(window.localStorage.getItem('callboard.mock')).toBeNull()
    expect(window.localStorage.getItem('callboard.columns.texts')).toBe('{"body":false}')
    expect(told).toEqual(
      expect.arrayContaining([
        'callboard.columns.calls',
        'callboard.columns.calls.density',
        'callboard.columns.calls.widths',
      ]),
    )
  })
})
