import { describe, expect, it } from 'vitest'
import { callColumns } from '@/features/logs/columns/call-columns'
import { textColumns } from '@/features/logs/columns/text-columns'

type Meta = { width?: string; narrowWidth?: string; hideBelow?: number }

/**
 * The narrowest a grid of these tracks lays out, as CSS sizes it when the
 * table takes its max-content width: fixed tracks as given, and every
 * `minmax(Npx, Ffr)` track at F times the largest N / F among them.
 */
function narrowestGrid(widths: readonly string[]): number {
  let fixed = 0
  const flex: { min: number; fr: number }[] = []
  for (const width of widths) {
    const px = /^(\d+)px$/.exec(width)
    const minmax = /^minmax\((\d+)px, ([\d.]+)fr\)$/.exec(width)
    if (px) fixed += Number(px[1])
    else if (minmax) flex.push({ min: Number(minmax[1]), fr: Number(minmax[2]) })
    else throw new Error(`A column width this test cannot read: ${width}`)
  }
  const frSize = Math.max(0, ...flex.map(({ min, fr }) => min / fr))
  return fixed + flex.reduce((sum, { fr }) => sum + fr * frSize, 0)
}

const shownAt = (columns: readonly { meta?: Meta }[], viewport: number) =>
  columns
    .filter((column) => (column.meta?.hideBelow ?? 0) <= viewport)
    .map((column) => column.meta?.width ?? '1fr')

// A laptop's window, less the table's own vertical scroll bar.
const laptop = 1280 - 16

describe('log column widths', () => {
  it.each([
    ['Activity Log', callColumns],
    ['Text Log', textColumns],
  ])('fit the %s in a 1280 px window with its default columns', (_, columns) => {
    expect(
      narrowestGrid(shownAt(columns as { meta?: Meta }[], 1280)),
    ).toBeLessThanOrEqual(laptop)
  })

  it.each([
    ['Activity Log', callColumns, 768],
    ['Activity Log', callColumns, 1024],
    ['Activity Log', callColumns, 1279],
    ['Text Log', textColumns, 768],
    ['Text Log', textColumns, 1024],
    ['Text Log', textColumns, 1279],
  ])('fit the %s on a %i px tablet with its narrow widths', (_, columns, viewport) => {
    const widths = (columns as { meta?: Meta }[])
      .filter((column) => (column.meta?.hideBelow ?? 0) <= viewport)
      .map((column) => column.meta?.narrowWidth ?? column.meta?.width ?? '1fr')
    expect(narrowestGrid(widths)).toBeLessThanOrEqual(viewport - 16)
  })

  it('reads flex tracks as CSS does: equal fr sizes push the smaller minimum up', () => {
    expect(narrowestGrid(['100px', 'minmax(180px, 1.4fr)', 'minmax(300px, 1.4fr)'])).toBe(
      700,
    )
    expect(narrowestGrid(['100px', 'minmax(180px, 3fr)', 'minmax(300px, 5fr)'])).toBe(580)
  })
})
