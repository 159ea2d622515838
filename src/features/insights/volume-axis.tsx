import { formatCount } from '@/lib/format'

/** The count axis beside the volume bars: a label per tick, level with its grid line. */
export function VolumeAxis({
  ticks,
  heightPx,
}: {
  ticks: readonly number[]
  heightPx: number
}) {
  const top = ticks[ticks.length - 1] ?? 1
  return (
    <div
      aria-hidden
      className="relative min-w-8 text-right text-[11px] leading-none text-muted tabular-nums"
      style={{ height: heightPx }}
    >
      {/* The widest label, unseen, sizes the column. */}
      <span className="invisible block h-0 overflow-hidden">{formatCount(top)}</span>
      {ticks.map((tick) => (
        <span
          key={tick}
          className="absolute right-0 translate-y-1/2"
          style={{ bottom: `${(tick / top) * 100}%` }}
        >
          {formatCount(tick)}
        </span>
      ))}
    </div>
  )
}
