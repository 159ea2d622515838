import type { ButtonHTMLAttributes } from 'react'
import type { StatusEntry } from '@/domain/catalog/catalog'

type StatusBadgeProps = Omit<
  ButtonHTMLAttributes<HTMLButtonElement>,
  'children' | 'onSelect'
> & {
  status: StatusEntry
  onSelect?: () => void
  size?: 'sm' | 'md'
}

/** Interim badge until the catalog's tooltip badge lands. */
export function StatusBadge({
  status,
  onSelect,
  size = 'md',
  className = '',
  ...rest
}: StatusBadgeProps) {
  return (
    <button
      type="button"
      onClick={onSelect}
      className={`inline-flex max-w-full items-center truncate rounded-full border border-line bg-surface-2 font-medium ${size === 'sm' ? 'px-1.5 text-[11px]' : 'px-2 py-0.5 text-xs'} ${className}`}
      {...rest}
    >
      {status.label}
    </button>
  )
}
