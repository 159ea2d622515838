import { useSyncExternalStore } from 'react'

const subscribe = (onChange: () => void) => {
  window.addEventListener('resize', onChange)
  return () => window.removeEventListener('resize', onChange)
}

/**
 * The largest of `breakpoints` (px) the window is at least as wide as, or 0.
 * A component re-renders only when the window crosses one, not on every
 * pixel of a resize.
 */
export function useWidthBand(breakpoints: readonly number[]): number {
  return useSyncExternalStore(subscribe, () => bandOf(window.innerWidth, breakpoints))
}

export const bandOf = (width: number, breakpoints: readonly number[]): number =>
  breakpoints.reduce((band, point) => (width >= point && point > band ? point : band), 0)
