/**
 * How many of a trail's last steps fit the Metrics cell's two lines, so the
 * latest step is never the one cut off. Widths are estimates for the row's
 * 11 px type: a clock stamp, the badge's padding and mark, and its label.
 */
const stampWidth = 52
const badgeChrome = 30
const charWidth = 6.2
const gap = 12
const markerWidth = 30

export const estimateStepWidth = (label: string): number =>
  stampWidth + badgeChrome + Math.min(label.length, 28) * charWidth + gap

/**
 * The lines these steps take when they flow as the cell lays them out:
 * from the first, the "+N" marker ahead when earlier steps are hidden,
 * wrapping before a step that would pass the line's end.
 */
export function linesFor(labels: readonly string[], marker: boolean, lineWidth: number) {
  let lines = 1
  let used = marker ? markerWidth : 0
  for (const label of labels) {
    const width = estimateStepWidth(label)
    if (used > 0 && used + width > lineWidth) {
      lines += 1
      used = 0
    }
    used += width
  }
  return lines
}

/** The Metrics column's narrowest content width (300 px, less the cell's padding). */
export function stepsThatFit(
  labels: readonly string[],
  lineWidth = 280,
  lines = 2,
): number {
  for (let count = labels.length; count > 1; count--) {
    const shown = labels.slice(labels.length - count)
    if (linesFor(shown, count < labels.length, lineWidth) <= lines) return count
  }
  return 1
}
