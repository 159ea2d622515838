import type { Locator } from '@playwright/test'

export type ShownRow = { index: number; id: string | null }

/**
 * Scrolls a virtual table's scroller by `dy` and waits until the rows under the
 * middle of its viewport are rendered (what a person would see), then reports
 * every row in the DOM. With `loaded`, it also waits until no loading
 * placeholder is left anywhere in view, so a walk through the log skips no row.
 * No fixed pause: a slow frame only makes it wait longer.
 */
export function scrollRowsBy(
  scroller: Locator,
  dy: number,
  { loaded = false } = {},
): Promise<ShownRow[]> {
  return scroller.evaluate(
    async (element, { dy, loaded }) => {
      element.scrollBy(0, dy)
      const view = element.getBoundingClientRect()
      const middle = view.top + element.clientHeight / 2
      const rows = () => [...element.querySelectorAll('[role=row][data-index]')]
      const covered = () =>
        rows().some((row) => {
          const box = row.getBoundingClientRect()
          return box.top <= middle && box.bottom > middle
        })
      const placeholderInView = () =>
        [...element.querySelectorAll('[role=rowgroup] > [aria-hidden]')].some((node) => {
          const box = node.getBoundingClientRect()
          return box.bottom > view.top && box.top < view.bottom
        })
      const ready = () => covered() && !(loaded && placeholderInView())
      const deadline = performance.now() + 15_000
      while (!ready()) {
        if (performance.now() > deadline)
          throw new Error('The rows never filled the view.')
        await new Promise((resolve) => requestAnimationFrame(resolve))
      }
      return rows().map((row) => ({
        index: Number(row.getAttribute('data-index')),
        id: row.getAttribute('data-row-id'),
      }))
    },
    { dy, loaded },
  )
}
