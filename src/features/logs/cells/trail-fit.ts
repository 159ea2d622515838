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

export function stepsThatFit(
  labels: readonly string[],
  lineWidth = 300,
  lines = 2,
): number {
  let line = 0
  let used = markerWidth
  let fitted = 0
  for (let i = labels.length - 1; i >= 0; i--) {
    const width = estimateStepWidth(labels[i] ?? '')
    if (used + width > lineWidth) {
      line += 1
      used = 0
      if (line >= lines) break
    }
    used += width
    fitted += 1
  }
  return Math.max(1, fitted)
}
