import { describe, expect, it } from 'vitest'
import {
  activeView,
  sameColumns,
  addView,
  defaultView,
  deleteView,
  nameProblem,
  noViews,
  renameView,
  sameParams,
  setDefaultView,
  viewParams,
  type SavedView,
} from '@/domain/saved-views'

const view = (id: string, name: string, params: Record<string, string> = {}) =>
  ({ id, name, params, columns: {} }) satisfies SavedView

describe('saved views', () => {
  it('take every parameter but the open record, lists joined, unset ones left out', () => {
    expect(
      viewParams({
        range: '7d',
        from: undefined,
        status: ['ctm.call.busy', 'ctm.call.answered'],
        vendor: [],
        q: '',
        sort: '-duration',
        id: 'call-1',
        tz: 'UTC',
      }),
    ).toEqual({
      range: '7d',
      status: 'ctm.call.busy,ctm.call.answered',
      sort: '-duration',
      tz: 'UTC',
    })
  })

  it('compare parameters whatever their order', () => {
    expect(sameParams({ a: '1', b: '2' }, { b: '2', a: '1' })).toBe(true)
    expect(sameParams({ a: '1' }, { a: '1', b: '2' })).toBe(false)
    expect(sameParams({ a: '1' }, { a: '2' })).toBe(false)
  })

  it('refuse an empty, too long or taken name, a rename keeping its own', () => {
    const state = addView(noViews, view('a', 'Busy calls'))
    expect(nameProblem(state, '  ')).toBe('Give the view a name.')
    expect(nameProblem(state, 'x'.repeat(61))).toBe('Keep the name to 60 characters.')
    expect(nameProblem(state, ' busy CALLS ')).toBe(
      'A view named “busy CALLS” already exists.',
    )
    expect(nameProblem(state, 'Busy calls', 'a')).toBeUndefined()
    expect(nameProblem(state, 'Missed')).toBeUndefined()
  })

  it('rename one view, trimmed, and leave the others', () => {
    const state = addView(addView(noViews, view('a', 'A')), view('b', 'B'))
    expect(renameView(state, 'b', '  Bee ').views.map((v) => v.name)).toEqual([
      'A',
      'Bee',
    ])
  })

  it('have at most one default, which deleting it or unsetting it clears', () => {
    let state = addView(addView(noViews, view('a', 'A')), view('b', 'B'))
    state = setDefaultView(state, 'b')
    expect(defaultView(state)?.name).toBe('B')
    expect(defaultView(setDefaultView(state, 'a'))?.name).toBe('A')
    expect(defaultView(setDefaultView(state, undefined))).toBeUndefined()
    expect(defaultView(setDefaultView(state, 'nope'))).toBeUndefined()
    expect(defaultView(deleteView(state, 'a'))?.name).toBe('B')
    const deleted = deleteView(state, 'b')
    expect(deleted.views.map((v) => v.id)).toEqual(['a'])
    expect(defaultView(deleted)).toBeUndefined()
  })

  it('know the active view: the one the URL holds, else the last applied, modified', () => {
    const state = addView(
      addView(noViews, view('a', 'A', { range: '7d' })),
      view('b', 'B', { range: '1h', direction: 'inbound' }),
    )
    expect(activeView(state, { direction: 'inbound', range: '1h' }, 'a')).toEqual({
      view: state.views[1],
      modified: false,
    })
    expect(activeView(state, { range: '30d' }, 'a')).toEqual({
      view: state.views[0],
      modified: true,
    })
    expect(activeView(state, { range: '30d' }, undefined)).toBeUndefined()
    expect(activeView(state, { range: '30d' }, 'deleted')).toBeUndefined()
  })

  it('count a view as modified when its columns are not the table’s now', () => {
    const layout = 'callboard.columns.calls.layout'
    const saved = {
      ...view('a', 'A', { range: '7d' }),
      columns: { [layout]: { sizing: { contact: 200 }, density: 'compact' } },
    }
    const state = addView(noViews, saved)
    // The same state read back with its keys in another order is the same.
    expect(
      activeView(state, { range: '7d' }, 'a', {
        [layout]: { density: 'compact', sizing: { contact: 200 } },
      }),
    ).toEqual({ view: state.views[0], modified: false })
    // A column resized.
    const resized = { [layout]: { density: 'compact', sizing: { contact: 260 } } }
    expect(activeView(state, { range: '7d' }, 'a', resized)).toEqual({
      view: state.views[0],
      modified: true,
    })
    // Opened from a link, not from the menu: still that view, modified.
    expect(activeView(state, { range: '7d' }, undefined, resized)).toEqual({
      view: state.views[0],
      modified: true,
    })
    expect(sameColumns({ a: [1, { b: 2, c: 3 }] }, { a: [1, { c: 3, b: 2 }] })).toBe(true)
    expect(sameColumns({ a: [1, 2] }, { a: [2, 1] })).toBe(false)
  })
})
