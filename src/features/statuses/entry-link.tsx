import { Link } from '@tanstack/react-router'
import type { ReactNode } from 'react'
import type { StatusKey } from '@/domain/catalog/catalog'

/** A link to an entry of this page; the filters stay as they are. */
export function EntryLink({
  to,
  className = 'text-accent underline-offset-2 hover:underline',
  ...rest
}: {
  to: StatusKey
  className?: string
  children: ReactNode
  'aria-label'?: string
}) {
  return (
    <Link
      from="/statuses"
      to="/statuses"
      search={(previous) => previous}
      hash={to}
      className={className}
      {...rest}
    />
  )
}
