const moves: Record<string, number | undefined> = {
  ArrowLeft: -1,
  ArrowRight: 1,
  Home: -Infinity,
  End: Infinity,
}

/**
 * The bar a key moves the focus to in a row of `count` bars (arrows one
 * step, Home and End to the ends), or undefined for a key that moves none.
 */
export function barAfterKey(
  key: string,
  focus: number,
  count: number,
): number | undefined {
  const move = moves[key]
  if (move === undefined || count === 0) return undefined
  return Math.min(count - 1, Math.max(0, focus + move))
}
