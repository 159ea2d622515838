import type { Locator } from '@playwright/test'

export type ShownRow = { index: number; id: string | null }

/**
 * Scrolls a virtual table's scroller by `dy` and waits until the rows under the
 * middle of its viewport are rendered (what a person would see), then reports
 * every row in the DOM. No fixed pause: a slow frame only makes it wait longer.
 */
export function scrollRowsBy(scroller: Locator, dy: number): Promise<ShownRow[]> {
  return scroller.evaluate(async (element, dy) => {
    element.scrollBy(0, dy)
    const middle = element.getBoundingClientRect().top + element.clientHeight / 2
    const rows = () => [...element.querySelectorAll('[role=row][data-index]')]
    const covered = () =>
      rows().some((row) => {
        const box = row.getBoundingClientRect()
        return box.top <= middle && box.bottom > middle
      })
    const deadline = performance.now() + 10_000
    while (!covered()) {
      if (performance.now() > deadline) throw new Error('The rows never filled the view.')
      await new Promise((resolve) => requestAnimationFrame(resolve))
    }
    return rows().map((row) => ({
      index: Number(row.getAttribute('data-index')),
      id: row.getAttribute('data-row-id'),
    }))
  }, dy)
}
