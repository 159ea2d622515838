/** How often a log looks for new records by itself. */
export const autoRefreshChoices = ['off', '15s', '1m'] as const
export type AutoRefresh = (typeof autoRefreshChoices)[number]

/** Each says what it is on its own: the select shows no other label. */
export const autoRefreshLabels: Record<AutoRefresh, string> = {
  off: 'Auto-refresh off',
  '15s': 'Auto-refresh 15 s',
  '1m': 'Auto-refresh 1 min',
}

export const autoRefreshMs: Record<AutoRefresh, number | null> = {
  off: null,
  '15s': 15_000,
  '1m': 60_000,
}

/*
 * Remembered per browser, not put in the URL: how often a screen polls is a
 * habit of the person at that screen, and a link someone shares should show
 * the view without making the receiver's tab poll.
 */
export const autoRefreshStorageKey = 'callboard.auto-refresh'

export const isAutoRefresh = (value: unknown): value is AutoRefresh =>
  (autoRefreshChoices as readonly unknown[]).includes(value)

/** "just now", "12 s ago", "3 min ago", "2 h ago": how old the rows on screen are. */
export function ageLabel(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000))
  if (seconds < 5) return 'just now'
  if (seconds < 60) return `${seconds} s ago`
  const minutes = Math.floor(seconds / 60)
  if (minutes < 60) return `${minutes} min ago`
  return `${Math.floor(minutes / 60)} h ago`
}
