import { formatPhone } from '@/lib/format'

export function PhoneText({
  number,
  className = '',
}: {
  number: string | null
  className?: string
}) {
  if (!number) return <span className="text-faint">—</span>
  return (
    <span title={number} className={`truncate tabular-nums ${className}`}>
      {formatPhone(number)}
    </span>
  )
}
