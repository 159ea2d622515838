import { paramText } from './log-search-codec'

/**
 * A named view of a log: its URL parameters (every filter, the time range,
 * the sort; never the open record) and the table's column state as stored.
 */
export type SavedView = {
  id: string
  name: string
  params: Record<string, string>
  /** The table's stored column state, by storage key. */
  columns: Record<string, unknown>
}

export type SavedViews = { views: SavedView[]; defaultId?: string }

export const noViews: SavedViews = { views: [] }

export const maxNameLength = 60

/** Not part of a view: the record open in the detail panel. */
const notInView = new Set(['id'])

/**
 * A page's search as a view's parameters: text values, unset and empty ones
 * left out, in the URL's order (so a view's link reads as the page writes it).
 */
export function viewParams(search: Record<string, unknown>): Record<string, string> {
  const params: Record<string, string> = {}
  for (const [name, value] of Object.entries(search)) {
    if (notInView.has(name)) continue
    const text = paramText(value)
    if (text !== '') params[name] = text
  }
  return params
}

export function sameParams(a: Record<string, string>, b: Record<string, string>) {
  const names = Object.keys(a)
  return names.length === Object.keys(b).length && names.every((n) => a[n] === b[n])
}

const sameName = (a: string, b: string) =>
  a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase()

/** Why a name cannot be used, in words; undefined when it can. */
export function nameProblem(
  state: SavedViews,
  name: string,
  exceptId?: string,
): string | undefined {
  const trimmed = name.trim()
  if (trimmed === '') return 'Give the view a name.'
  if (trimmed.length > maxNameLength)
    return `Keep the name to ${maxNameLength} characters.`
  if (state.views.some((view) => view.id !== exceptId && sameName(view.name, trimmed)))
    return `A view named “${trimmed}” already exists.`
  return undefined
}

export function addView(state: SavedViews, view: SavedView): SavedViews {
  return { ...state, views: [...state.views, { ...view, name: view.name.trim() }] }
}

export function renameView(state: SavedViews, id: string, name: string): SavedViews {
  return {
    ...state,
    views: state.views.map((view) =>
      view.id === id ? { ...view, name: name.trim() } : view,
    ),
  }
}

/** Deleting the default view leaves the page without one. */
export function deleteView(state: SavedViews, id: string): SavedViews {
  const views = state.views.filter((view) => view.id !== id)
  return state.defaultId === id ? { views } : { ...state, views }
}

/** `undefined` stops opening any view by default. */
export function setDefaultView(state: SavedViews, id: string | undefined): SavedViews {
  if (id === undefined || !state.views.some((view) => view.id === id))
    return { views: state.views }
  return { ...state, defaultId: id }
}

export const defaultView = (state: SavedViews): SavedView | undefined =>
  state.views.find((view) => view.id === state.defaultId)

/** Stored JSON read back compared by value, whatever order its keys were written in. */
export function sameColumns(a: Record<string, unknown>, b: Record<string, unknown>) {
  return canonical(a) === canonical(b)
}

const canonical = (value: unknown): string =>
  JSON.stringify(value, (_, item: unknown) =>
    item !== null && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([x], [y]) => (x < y ? -1 : 1)))
      : item,
  )

/**
 * The view the page shows: one whose parameters the URL holds exactly (and,
 * when `columns` is given, whose columns the table has now), or else the
 * last one applied (or one with the URL's parameters but other columns),
 * now modified. None when neither.
 */
export function activeView(
  state: SavedViews,
  params: Record<string, string>,
  appliedId: string | undefined,
  columns?: Record<string, unknown>,
): { view: SavedView; modified: boolean } | undefined {
  const same = state.views.find(
    (view) =>
      sameParams(view.params, params) &&
      (columns === undefined || sameColumns(view.columns, columns)),
  )
  if (same) return { view: same, modified: false }
  const applied =
    state.views.find((view) => view.id === appliedId) ??
    state.views.find((view) => sameParams(view.params, params))
  return applied ? { view: applied, modified: true } : undefined
}
