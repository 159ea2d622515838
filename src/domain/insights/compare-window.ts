import type { TimeWindow } from '../time-range'

/** The period of the same length just before a window: what a KPI is compared with. */
export function previousWindow(window: TimeWindow): TimeWindow {
  const span = window.to - window.from
  return { from: window.from - span, to: window.from }
}
