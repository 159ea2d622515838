/** A heat-map cell as the stats API sends it: ISO weekday 1–7, local hour 0–23. */
export type HeatInput = {
  weekday: number
  hour: number
  total: number
  success: number
  /** What the success rate divides by: the calls that ended, as the KPI counts. */
  base: number
}

/** A cell's success rate; null when nothing in it has ended. */
export const successRate = (cell: HeatInput): number | null =>
  cell.base > 0 ? cell.success / cell.base : null

export type HeatGrid = {
  /** rows[weekday - 1][hour]; a cell the API left out counts as empty. */
  rows: HeatInput[][]
  max: number
  total: number
}

/**
 * The 7 × 24 grid of a heat map, whatever order (or gaps) the cells came
 * in. Cells outside the grid are ignored rather than trusted.
 */
export function heatGrid(cells: readonly HeatInput[]): HeatGrid {
  const rows = Array.from({ length: 7 }, (_, d) =>
    Array.from({ length: 24 }, (_, hour) => ({
      weekday: d + 1,
      hour,
      total: 0,
      success: 0,
      base: 0,
    })),
  )
  let max = 0
  let total = 0
  for (const cell of cells) {
    const slot = rows[cell.weekday - 1]?.[cell.hour]
    if (!slot) continue
    slot.total += cell.total
    slot.success += cell.success
    slot.base += cell.base
    max = Math.max(max, slot.total)
    total += cell.total
  }
  return { rows, max, total }
}
