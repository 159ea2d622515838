import { z } from 'zod/mini'
import {
  defaultView,
  maxNameLength,
  noViews,
  type SavedView,
  type SavedViews,
} from '@/domain/saved-views'
import { columnKeyOf, restoreColumns } from './column-state'
import { viewsStorageKey, type ViewScope } from './view-key'

export type { ViewScope } from './view-key'

const storageKey = viewsStorageKey

const viewSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  name: z.string().check(z.minLength(1), z.maxLength(maxNameLength)),
  params: z.record(z.string(), z.string()),
  columns: z.record(z.string(), z.unknown()),
})

const storeSchema = z.object({
  views: z.array(z.unknown()),
  defaultId: z.optional(z.string()),
})

export type ReadViews = { state: SavedViews; problem?: string }

/**
 * The saved views of a page, as stored. What does not read as a view
 * (hand-edited, an older shape, another program's key) is left out and named
 * in `problem`; it never throws.
 */
export function readViews(scope: ViewScope): ReadViews {
  let text: string | null
  try {
    text = window.localStorage.getItem(storageKey(scope))
  } catch {
    return { state: noViews }
  }
  if (text === null) return { state: noViews }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    raw = undefined
  }
  const store = storeSchema.safeParse(raw)
  if (!store.success)
    return {
      state: noViews,
      problem: 'Your saved views could not be read; they are set aside.',
    }
  const views: SavedView[] = []
  for (const entry of store.data.views) {
    const view = viewSchema.safeParse(entry)
    if (view.success && !views.some((v) => v.id === view.data.id))
      views.push({ ...view.data, columns: ownColumns(scope, view.data.columns) })
  }
  const left = store.data.views.length - views.length
  const defaultId = views.some((view) => view.id === store.data.defaultId)
    ? store.data.defaultId
    : undefined
  return {
    state: defaultId ? { views, defaultId } : { views },
    problem:
      left > 0
        ? `${left === 1 ? 'One saved view' : `${left} saved views`} could not be read and ${left === 1 ? 'is' : 'are'} left out.`
        : undefined,
  }
}

/** Only this log's column keys: a view cannot write anywhere else. */
function ownColumns(scope: ViewScope, columns: Record<string, unknown>) {
  return Object.fromEntries(
    Object.entries(columns).filter(([key]) => columnKeyOf(scope, key)),
  )
}

/** Stores the views; false when the browser refuses (private mode, full quota). */
export function writeViews(scope: ViewScope, state: SavedViews): boolean {
  try {
    window.localStorage.setItem(storageKey(scope), JSON.stringify(state))
    return true
  } catch {
    return false
  }
}

/** The view last applied on each page in this visit, to say when it is modified. */
const applied = new Map<ViewScope, string>()
export const appliedViewId = (scope: ViewScope) => applied.get(scope)
export const markApplied = (scope: ViewScope, id: string | undefined) =>
  id === undefined ? applied.delete(scope) : applied.set(scope, id)

/**
 * The default view's parameters, its columns put back, for a page opened
 * with none; undefined when the page has no default.
 */
export function openDefault(scope: ViewScope): Record<string, string> | undefined {
  const view = defaultView(readViews(scope).state)
  if (!view) return undefined
  restoreColumns(scope, view.columns)
  markApplied(scope, view.id)
  return view.params
}
