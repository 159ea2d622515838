/** Below this width the log is a list of cards; below the next, columns take their narrow widths. */
export const cardsBelow = 640
export const narrowBelow = 1280

/** What the layout reads of a column's meta (table-features.ts). */
type Meta = { width: string; narrowWidth?: string; hideBelow?: number }

/** Room kept for the table's own vertical scroll bar where scroll bars take room. */
const scrollBar = 16

/**
 * The narrowest a row's grid of these tracks lays out, as CSS sizes it when
 * the table takes its max-content width: fixed tracks as given, and every
 * `minmax(Npx, Ffr)` track at F times the largest N / F among them.
 */
export function narrowestGrid(tracks: readonly string[]): number {
  let fixed = 0
  let frSize = 0
  let frs = 0
  for (const track of tracks) {
    const minmax = /^minmax\((\d+)px, ?([\d.]+)fr\)$/.exec(track)
    if (minmax) {
      const fr = Number(minmax[2])
      frs += fr
      frSize = Math.max(frSize, Number(minmax[1]) / fr)
    } else fixed += Number(/^(\d+)px$/.exec(track)?.[1] ?? 0)
  }
  return fixed + frs * frSize
}

const shownAt = (meta: Meta | undefined, width: number) => (meta?.hideBelow ?? 0) <= width

/**
 * The narrowest table that shows a log's default columns at their narrow
 * widths without sideways scrolling. Below it the rows become cards, so
 * Status and Metrics stay on screen: a table squeezed beside the record's
 * panel lays out as a phone would.
 */
export function columnsFitFrom(columns: readonly { meta?: Meta }[]): number {
  const minimum = (width: number) =>
    narrowestGrid(
      columns
        .filter((column) => shownAt(column.meta, width))
        .map(({ meta }) => meta?.narrowWidth ?? meta?.width ?? ''),
    ) + scrollBar
  // Showing a column can only widen the grid, so this settles in a few steps.
  let width = minimum(0)
  for (let next = minimum(width); next > width; next = minimum(width)) width = next
  return Math.max(cardsBelow, width)
}

/**
 * The widths at which a log's table changes its layout: cards, narrow
 * columns, and each column giving way. Measured against the table's own
 * width, not the window's, so the record's panel opening beside it counts.
 */
export function tableBreakpoints(columns: readonly { meta?: Meta }[]): number[] {
  return [
    columnsFitFrom(columns),
    narrowBelow,
    ...columns.flatMap((column) => column.meta?.hideBelow ?? []),
  ]
}

/** How a table of `width` px (its band) lays its rows out. */
export const tableLayoutAt = (columns: readonly { meta?: Meta }[], width: number) => ({
  cards: width < columnsFitFrom(columns),
  narrow: width < narrowBelow,
})
