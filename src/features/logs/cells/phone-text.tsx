import { clip, formatPhone } from '@/lib/format'

export function PhoneText({
  number,
  className = '',
}: {
  number: string | null
  className?: string
}) {
  if (!number) return <span className="text-faint">—</span>
  return (
    <bdi title={clip(number)} className={`truncate tabular-nums ${className}`}>
      {formatPhone(number)}
    </bdi>
  )
}
