import type { RefObject } from 'react'
import type { DataTableBodyHandle } from './data-table/data-table-body'
import { stepTarget } from './use-record-stepper'

/** Where a key was pressed, as far as the log's shortcuts care. */
export type KeyPlace = 'text' | 'overlay' | 'table' | 'panel' | 'page'

export type ShortcutAction = 'next' | 'previous' | 'search' | 'help'

type KeyLike = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>

/**
 * What a key does, given where it was pressed. Keys typed into a field, or in
 * a menu or dialog above the log, are theirs; arrows in the table move the
 * focus between rows by themselves until a record is open.
 */
export function shortcutAction(
  event: KeyLike,
  place: KeyPlace,
  panelOpen: boolean,
): ShortcutAction | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey) return undefined
  if (place === 'text' || place === 'overlay') return undefined
  if (event.key === '/') return 'search'
  if (event.key === '?') return 'help'
  if (place !== 'table' && place !== 'panel') return undefined
  if (event.key === 'j') return 'next'
  if (event.key === 'k') return 'previous'
  if (!panelOpen) return undefined
  if (event.key === 'ArrowDown') return 'next'
  if (event.key === 'ArrowUp') return 'previous'
  return undefined
}

const textInputTypes =
  /^(text|search|email|number|password|tel|url|date|time|datetime-local|month|week)$/

/** Where `target` sits: a field, a menu or dialog over the page, the table, the panel. */
export function keyPlace(target: EventTarget | null, panel: Element | null): KeyPlace {
  if (!(target instanceof Element)) return 'page'
  if (
    (target instanceof HTMLInputElement && textInputTypes.test(target.type)) ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLElement && target.isContentEditable) ||
    target.closest('[role=textbox],[role=combobox],[role=searchbox],[role=spinbutton]')
  )
    return 'text'
  if (panel?.contains(target)) return 'panel'
  if (target.closest('[role=dialog],[role=alertdialog],[role=menu],[role=listbox]'))
    return 'overlay'
  if (target.closest('[role=table]')) return 'table'
  return 'page'
}

export type LogShortcutsOptions = {
  records: { id: string }[]
  /** The record open in the panel. */
  openId: string | undefined
  panelRef: RefObject<HTMLElement | null>
  tableHandle: RefObject<DataTableBodyHandle | null>
  /** Previous and next from the open record. */
  onStep: (delta: 1 | -1) => void
  onHelp: () => void
}

/**
 * The log's keys, listened for on the window: j/k and ↑/↓ through records,
 * `/` to search, `?` for the list. Returns the way to stop listening.
 */
export function listenForShortcuts(options: () => LogShortcutsOptions): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.isComposing) return
    const { records, openId, panelRef, tableHandle, onStep, onHelp } = options()
    const place = keyPlace(event.target, panelRef.current)
    const action = shortcutAction(event, place, openId !== undefined)
    if (action === undefined) return
    event.preventDefault()
    // Before the table's own arrow keys, which would only move the focus.
    event.stopPropagation()
    const delta = action === 'next' ? 1 : -1
    if (action === 'search') focusSearch()
    else if (action === 'help') onHelp()
    else if (openId !== undefined) onStep(delta)
    else {
      // No record open: j and k move the focus between rows, as the arrows do.
      const row = document.activeElement?.closest<HTMLElement>('[data-row-id]')
      const target = row
        ? stepTarget(records, row.dataset.rowId, delta, false)
        : records[0]
      if (target && target !== 'more') tableHandle.current?.focusRow(target.id)
    }
  }
  // Capturing: the table handles arrows on its rows before the event bubbles up.
  window.addEventListener('keydown', onKeyDown, true)
  return () => window.removeEventListener('keydown', onKeyDown, true)
}

/** The page's search box, in its search landmark (the filter bar). */
function focusSearch() {
  const box = document.querySelector<HTMLInputElement>('[role=search] input[type=search]')
  box?.focus()
  box?.select()
}
