import { clip } from '@/lib/format'
import { usePhoneFormat } from '@/lib/phone-format'

/** A phone number as people write it in its country; the E.164 in its title. */
export function PhoneText({
  number,
  className = '',
  truncate = true,
}: {
  number: string | null
  className?: string
  truncate?: boolean
}) {
  const format = usePhoneFormat()
  if (!number) return <span className="text-faint">—</span>
  return (
    <bdi
      title={clip(number)}
      className={`${truncate ? 'truncate ' : ''}tabular-nums ${className}`}
    >
      {format(number)}
    </bdi>
  )
}
