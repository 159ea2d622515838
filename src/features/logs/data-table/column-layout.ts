import { z } from 'zod/mini'

export const densities = ['comfortable', 'compact'] as const
export type Density = (typeof densities)[number]

/** A column is never dragged or stepped narrower than this, nor wider than the max. */
export const minColumnWidth = 56
export const maxColumnWidth = 960

/**
 * How a person arranged a log's columns: widths they dragged (px, by column
 * id), the order they chose, and the row density. Read back through this
 * schema: a stored value of another shape is ignored, never trusted.
 */
export const columnLayoutSchema = z.object({
  sizing: z.record(
    z.string(),
    z.number().check(z.gte(minColumnWidth), z.lte(maxColumnWidth)),
  ),
  order: z.array(z.string()).check(z.maxLength(64)),
  density: z.enum(densities),
})

export type ColumnLayout = z.infer<typeof columnLayoutSchema>

export const defaultColumnLayout: ColumnLayout = {
  sizing: {},
  order: [],
  density: 'comfortable',
}

export const isColumnLayout = (value: unknown): value is ColumnLayout =>
  columnLayoutSchema.safeParse(value).success

export const clampWidth = (width: number) =>
  Math.round(Math.min(maxColumnWidth, Math.max(minColumnWidth, width)))

/** Row height per density: compact rows drop the padding, not the second line. */
export const rowHeightFor = (comfortable: number, density: Density) =>
  density === 'compact' ? Math.round(comfortable * 0.77) : comfortable

/**
 * The full order of `ids` after a stored order: ids it names come first in
 * its order, new columns keep their place; ids no longer there are dropped.
 */
export function orderedIds(ids: readonly string[], stored: readonly string[]): string[] {
  const known = stored.filter((id) => ids.includes(id))
  if (known.length === 0) return [...ids]
  const result = [...known]
  ids.forEach((id, index) => {
    if (!result.includes(id)) result.splice(Math.min(index, result.length), 0, id)
  })
  return result
}

/**
 * Moves `id` one place, or onto `target`'s place (after it when coming from
 * its left, before it from its right: where a dragged header is dropped).
 */
export function moveColumn(
  order: readonly string[],
  id: string,
  to: { by: -1 | 1 } | { target: string },
): string[] {
  const from = order.indexOf(id)
  if (from < 0) return [...order]
  const next = order.filter((other) => other !== id)
  const index = 'by' in to ? from + to.by : order.indexOf(to.target)
  if (index < 0 || index > next.length) return [...order]
  next.splice(index, 0, id)
  return next
}
