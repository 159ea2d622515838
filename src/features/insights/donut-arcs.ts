export type DonutGeometry = {
  /** The square's side; the ring is centred in it. */
  size: number
  inner: number
  outer: number
  /** Gap between slices, in degrees, when there are two or more. */
  padDegrees: number
}

/** A slice's SVG path and the middle of its ring, where its tooltip points. */
export type DonutArc = { d: string; center: { x: number; y: number } }

/**
 * The ring's slices for `values`, clockwise from twelve o'clock, in order.
 * A zero gets an empty path; one value alone is the whole ring.
 */
export function donutArcs(
  values: readonly number[],
  { size, inner, outer, padDegrees }: DonutGeometry,
): DonutArc[] {
  const total = values.reduce((sum, v) => sum + Math.max(0, v), 0)
  const c = size / 2
  const at = (r: number, angle: number) =>
    `${round(c + r * Math.cos(angle))} ${round(c + r * Math.sin(angle))}`
  const drawn = values.filter((v) => v > 0).length
  const pad = drawn > 1 ? (padDegrees * Math.PI) / 180 : 0
  const room = 2 * Math.PI - pad * drawn
  let angle = -Math.PI / 2
  return values.map((value) => {
    if (!(value > 0) || total === 0) return { d: '', center: { x: c, y: c } }
    const sweep = (value / total) * room
    const from = angle + pad / 2
    const to = from + sweep
    angle = to + pad / 2
    const middle = (from + to) / 2
    const mid = (inner + outer) / 2
    const center = {
      x: round(c + mid * Math.cos(middle)),
      y: round(c + mid * Math.sin(middle)),
    }
    if (drawn === 1) {
      // One arc cannot close a circle: two halves, the hole wound the other way.
      const ring = (r: number, sweepFlag: 0 | 1) =>
        `M${at(r, 0)}A${r} ${r} 0 1 ${sweepFlag} ${at(r, Math.PI)}A${r} ${r} 0 1 ${sweepFlag} ${at(r, 0)}Z`
      return { d: ring(outer, 1) + ring(inner, 0), center }
    }
    const large = sweep > Math.PI ? 1 : 0
    const d =
      `M${at(outer, from)}A${outer} ${outer} 0 ${large} 1 ${at(outer, to)}` +
      `L${at(inner, to)}A${inner} ${inner} 0 ${large} 0 ${at(inner, from)}Z`
    return { d, center }
  })
}

const round = (n: number) => Math.round(n * 100) / 100
