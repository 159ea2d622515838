import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { keyPlace, shortcutAction } from '@/features/logs/log-shortcuts'
import { stepTarget } from '@/features/logs/use-record-stepper'
import { callWire, serveLog } from '../../support/fixtures'
import { renderApp } from '../../support/render-app'

const key = (k: string, modifiers: Partial<KeyboardEvent> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...modifiers,
})

describe('the log’s shortcuts', () => {
  it('leave keys typed in a field or pressed in a menu or dialog alone', () => {
    for (const k of ['j', 'k', '/', '?', 'ArrowDown']) {
      expect(shortcutAction(key(k), 'text', true)).toBeUndefined()
      expect(shortcutAction(key(k), 'overlay', true)).toBeUndefined()
    }
    expect(shortcutAction(key('j', { ctrlKey: true }), 'table', true)).toBeUndefined()
    expect(shortcutAction(key('/', { metaKey: true }), 'page', false)).toBeUndefined()
  })

  it('step with j/k in the table or panel, with the arrows only while a record is open', () => {
    expect(shortcutAction(key('j'), 'table', false)).toBe('next')
    expect(shortcutAction(key('k'), 'panel', true)).toBe('previous')
    expect(shortcutAction(key('j'), 'page', true)).toBeUndefined()
    expect(shortcutAction(key('ArrowDown'), 'table', true)).toBe('next')
    expect(shortcutAction(key('ArrowUp'), 'panel', true)).toBe('previous')
    // No record open: the table's own arrow keys move the focus.
    expect(shortcutAction(key('ArrowDown'), 'table', false)).toBeUndefined()
    expect(shortcutAction(key('/'), 'page', false)).toBe('search')
    expect(shortcutAction(key('?'), 'table', false)).toBe('help')
  })

  it('tell a field, a menu, the panel and the table apart', () => {
    document.body.innerHTML = `
      <input id="search" type="search"><input id="box" type="checkbox">
      <div role="menu"><button id="item"></button></div>
      <div id="panel" role="dialog"><button id="next"></button><textarea id="note"></textarea></div>
      <div role="table"><div role="row" id="row" tabindex="0"></div></div>`
    const at = (id: string) => document.getElementById(id)
    const panel = at('panel')
    expect(keyPlace(at('search'), panel)).toBe('text')
    expect(keyPlace(at('note'), panel)).toBe('text')
    expect(keyPlace(at('box'), panel)).toBe('page')
    expect(keyPlace(at('item'), panel)).toBe('overlay')
    expect(keyPlace(at('next'), panel)).toBe('panel')
    expect(keyPlace(at('row'), panel)).toBe('table')
    expect(keyPlace(document.body, panel)).toBe('page')
    document.body.innerHTML = ''
  })

  it('step to a loaded record, to "load more" at the end of the loaded rows, or nowhere', () => {
    const records = [{ id: 'a' }, { id: 'b' }]
    expect(stepTarget(records, 'a', 1, false)).toEqual({ id: 'b' })
    expect(stepTarget(records, 'a', -1, true)).toBeUndefined()
    expect(stepTarget(records, 'b', 1, true)).toBe('more')
    expect(stepTarget(records, 'b', 1, false)).toBeUndefined()
    expect(stepTarget(records, 'gone', 1, true)).toBeUndefined()
  })
})

describe('the detail panel', () => {
  it('steps with j and k, and its next button loads the next page at the end', async () => {
    serveLog('calls', [callWire(1), callWire(2), callWire(3)], { pageSize: 2 })
    const user = userEvent.setup()
    const { history } = renderApp('/calls')
    const log = await screen.findByRole('table', { name: 'Activity Log' })
    await user.click(await within(log).findByText('Contact 1'))
    const panel = await screen.findByRole('dialog', { name: 'Call to Contact 1' })
    expect(panel).not.toHaveAttribute('aria-modal')
    expect(within(panel).getByRole('button', { name: 'Previous call' })).toHaveAttribute(
      'aria-disabled',
      'true',
    )

    await user.keyboard('j')
    await screen.findByRole('dialog', { name: 'Call to Contact 2' })
    expect(history.location.search).toContain('id=call-2')
    // The last loaded row: next asks for the next page, then shows its first record.
    await user.click(screen.getByRole('button', { name: 'Next call' }))
    await screen.findByRole('dialog', { name: 'Call to Contact 3' })
    const next = screen.getByRole('button', { name: 'Next call' })
    await waitFor(() => expect(next).toHaveAttribute('aria-disabled', 'true'))
    // Still focused, so the keys go on working from the panel.
    expect(next).toHaveFocus()
    await user.keyboard('k')
    await screen.findByRole('dialog', { name: 'Call to Contact 2' })
    await waitFor(() =>
      expect(within(log).getByText('Contact 2').closest('[role=row]')).toHaveAttribute(
        'aria-selected',
        'true',
      ),
    )
  })

  it('keeps the table usable: another row clicked shows in the open panel', async () => {
    serveLog('calls', [callWire(1), callWire(2)])
    const user = userEvent.setup()
    renderApp('/calls')
    const log = await screen.findByRole('table', { name: 'Activity Log' })
    await user.click(await within(log).findByText('Contact 1'))
    await screen.findByRole('dialog', { name: 'Call to Contact 1' })
    await user.click(within(log).getByText('Contact 2'))
    expect(await screen.findByRole('dialog', { name: 'Call to Contact 2' })).toBeVisible()
    expect(document.activeElement).toHaveAttribute('data-row-id', 'call-2')
  })

  it('opens the shortcuts with ?, and / puts the focus in the search box', async () => {
    serveLog('calls', [callWire(1)])
    const user = userEvent.setup()
    renderApp('/calls')
    const log = await screen.findByRole('table', { name: 'Activity Log' })
    await within(log).findByText('Contact 1')
    // The keys work once their button shows, with the rows.
    await screen.findByRole('button', { name: 'Keyboard shortcuts' })
    await user.keyboard('?')
    const help = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' })
    expect(within(help).getByText('Search')).toBeVisible()
    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    await user.keyboard('/')
    expect(
      screen.getByRole('searchbox', { name: 'Search names and numbers' }),
    ).toHaveFocus()
  })
})
