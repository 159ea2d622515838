/** Which page the views belong to. */
export type ViewScope = 'calls' | 'texts' | 'insights'

/** Insights has no table: its views keep filters and the time range only. */
export const hasColumns = (scope: ViewScope) => scope !== 'insights'

/** Where a page's saved views are stored; checked before any of their code loads. */
export const viewsStorageKey = (scope: ViewScope) => `callboard.views.${scope}`

/** Whether this browser holds saved views for the page at all. */
export function hasStoredViews(scope: ViewScope): boolean {
  try {
    return window.localStorage.getItem(viewsStorageKey(scope)) !== null
  } catch {
    return false
  }
}
