const card =
  'z-50 w-max rounded-lg border border-line bg-surface p-3 text-xs/relaxed text-ink shadow-lg shadow-black/10 outline-none dark:shadow-black/40'

/**
 * Where a status's explanation opens and how it looks, the same whether a
 * hover opens it (a tooltip) or a tap does (a toggletip): above the badge,
 * from its start, kept inside the screen and no wider than it.
 */
export const statusPopup = {
  placement: { side: 'top', align: 'start', sideOffset: 6, collisionPadding: 8 },
  tooltip: `${card} max-w-[min(22rem,var(--radix-tooltip-content-available-width))]`,
  toggletip: `${card} max-w-[min(22rem,var(--radix-popover-content-available-width))]`,
} as const
