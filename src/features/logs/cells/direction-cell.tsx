import { ArrowDownLeft, ArrowUpRight, CircleHelp } from 'lucide-react'
import type { Direction } from '@/domain/log-query'

const directionView = {
  inbound: {
    label: 'Inbound',
    icon: ArrowDownLeft,
    tone: 'text-inbound',
  },
  outbound: {
    label: 'Outbound',
    icon: ArrowUpRight,
    tone: 'text-outbound',
  },
  unknown: { label: 'Unknown', icon: CircleHelp, tone: 'text-faint' },
} as const

export function DirectionCell({ direction }: { direction: Direction | 'unknown' }) {
  const { label, icon: Icon, tone } = directionView[direction]
  return (
    <span className="inline-flex items-center gap-1.5 truncate">
      <Icon aria-hidden className={`size-4 shrink-0 ${tone}`} />
      {label}
    </span>
  )
}
