/** A heat-map cell as the stats API sends it: ISO weekday 1–7, local hour 0–23. */
export type HeatInput = { weekday: number; hour: number; total: number; success: number }

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
    })),
  )
  let max = 0
  let total = 0
  for (const cell of cells) {
    const slot = rows[cell.weekday - 1]?.[cell.hour]
    if (!slot) continue
    slot.total += cell.total
    slot.success += cell.success
    max = Math.max(max, slot.total)
    total += cell.total
  }
  return { rows, max, total }
}
