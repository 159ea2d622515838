import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { addView, noViews } from '@/domain/saved-views'
import { columnLayoutKey } from '@/features/logs/data-table/use-column-layout'
import { markApplied, writeViews } from '@/features/views/view-store'
import { ViewsMenu } from '@/features/views/views-menu'
import { useStoredState } from '@/lib/use-stored-state'

afterEach(() => {
  window.localStorage.clear()
  markApplied('calls', undefined)
  markApplied('insights', undefined)
})

const layoutKey = columnLayoutKey('calls')
const isAny = (value: unknown): value is unknown => value !== undefined

/** A stand-in for the table: it keeps its layout as the table does. */
function Table() {
  const [layout, setLayout] = useStoredState(layoutKey, () => ({ width: 100 }), isAny)
  return (
    <button type="button" onClick={() => setLayout({ width: 160 })}>
      Resize ({JSON.stringify(layout)})
    </button>
  )
}

describe('the views menu', () => {
  it('says a view is modified once a column is resized, and not before', async () => {
    window.localStorage.setItem(layoutKey, JSON.stringify({ width: 100 }))
    writeViews(
      'calls',
      addView(noViews, {
        id: 'a',
        name: 'Wide',
        params: { range: '7d' },
        columns: { [layoutKey]: { width: 100 } },
      }),
    )
    markApplied('calls', 'a')
    render(
      <>
        <Table />
        <ViewsMenu scope="calls" search={{ range: '7d' }} onApply={() => {}} ready />
      </>,
    )
    const button = await screen.findByRole('button', { name: 'View: Wide' })
    await userEvent.click(screen.getByRole('button', { name: /^Resize/ }))
    await waitFor(() => expect(button).toHaveAccessibleName('View: Wide (modified)'))
  })

  it('keeps Insights’ views under their own key, without columns', async () => {
    window.localStorage.setItem(
      'callboard.columns.insights',
      JSON.stringify({ x: false }),
    )
    render(
      <ViewsMenu
        scope="insights"
        search={{ range: '7d', q: 'ana' }}
        onApply={() => {}}
        ready
      />,
    )
    await userEvent.click(await screen.findByRole('button', { name: 'Views' }))
    const menu = await screen.findByRole('dialog', { name: 'Saved views' })
    expect(menu).toHaveTextContent('Name the filters and time range you see now')
    await userEvent.type(screen.getByLabelText('Save the current view as'), 'Ana')
    await userEvent.click(screen.getByRole('button', { name: 'Save view' }))
    const stored = JSON.parse(
      window.localStorage.getItem('callboard.views.insights') ?? 'null',
    ) as { views: { name: string; params: unknown; columns: unknown }[] }
    expect(stored.views).toEqual([
      expect.objectContaining({
        name: 'Ana',
        params: { range: '7d', q: 'ana' },
        columns: {},
      }),
    ])
    expect(window.localStorage.getItem('callboard.views.calls')).toBeNull()
  })
})
