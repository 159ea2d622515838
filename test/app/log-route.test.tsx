import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import type * as LogExplorerModule from '@/features/logs/log-explorer'
import { renderApp } from '../support/render-app'

// Counts the log's renders: a click in its toolbar should not cause one.
const explorer = vi.hoisted(() => ({ renders: 0 }))
vi.mock('@/features/logs/log-explorer', async (importOriginal) => {
  const original = await importOriginal<typeof LogExplorerModule>()
  return {
    ...original,
    LogExplorer: (props: Parameters<typeof original.LogExplorer>[0]) => {
      explorer.renders++
      return original.LogExplorer(props)
    },
  }
})

type Frame = {
  selected: boolean
  summary: string
  busy: string | null
  renders: number
}

/** The table's own count ("1,234 calls"), not the histogram's. */
const tableSummary = () =>
  screen.queryAllByText(/^[\d,]+ calls$/).find((el) => el.tagName === 'STRONG')
    ?.textContent ?? ''

describe('a log page', { timeout: 30_000 }, () => {
  it('answers a filter click in a commit of its own; the log follows in the next', async () => {
    const user = userEvent.setup()
    renderApp('/calls?from=2026-01-01T00:00:00.000Z&to=2026-03-18T16:30:00.000Z')
    const table = await screen.findByRole('table', { name: 'Activity Log' })
    await waitFor(() => expect(tableSummary()).not.toBe(''), { timeout: 10_000 })
    const before = tableSummary()
    await user.click(
      within(screen.getByRole('search')).getByRole('button', { name: 'Direction' }),
    )
    // The popover's chunk loads on first open: on a busy machine that takes more than a second.
    const dialog = await screen.findByRole(
      'dialog',
      { name: 'Filter by direction' },
      { timeout: 10_000 },
    )

    // What each commit left on screen, read as its mutations are delivered.
    const frames: Frame[] = []
    const observer = new MutationObserver(() =>
      frames.push({
        selected: dialog.textContent.includes('1 selected'),
        summary: tableSummary(),
        busy: table.getAttribute('aria-busy'),
        renders: explorer.renders,
      }),
    )
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    })
    const rendersBefore = explorer.renders
    await user.click(within(dialog).getByRole('checkbox', { name: /Outbound/ }))
    await waitFor(() => expect(tableSummary()).not.toBe(before))
    await waitFor(() => expect(table).toHaveAttribute('aria-busy', 'false'))
    observer.disconnect()

    // The checkbox's own commit: the log had not even re-rendered yet.
    const first = frames.find((frame) => frame.selected)
    expect(first).toEqual({
      selected: true,
      summary: before,
      busy: 'false',
      renders: rendersBefore,
    })
    // Then the log re-rendered for the new view.
    expect(frames.at(-1)?.summary).not.toBe(before)
  })
})
