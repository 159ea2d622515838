import { useNavigate } from '@tanstack/react-router'
import type { MouseEvent, ReactNode } from 'react'
import type { StatusKey } from '@/domain/catalog/catalog'

type EntryLinkProps = {
  to: StatusKey
  className?: string
  children: ReactNode
  'aria-label'?: string
}

const plainClick = (event: MouseEvent) =>
  event.button === 0 &&
  !event.metaKey &&
  !event.ctrlKey &&
  !event.shiftKey &&
  !event.altKey

/**
 * A link to an entry of this page. The address is the clean permalink
 * (/statuses#key), to copy or open elsewhere; a plain click keeps the filters.
 * A plain anchor, not the router's Link: the page holds ~150 of them, and as
 * Links they made it render several times slower.
 */
export function EntryLink({
  to,
  className = 'text-accent underline-offset-2 hover:underline',
  children,
  'aria-label': label,
}: EntryLinkProps) {
  const navigate = useNavigate({ from: '/statuses' })
  return (
    <a
      href={`/statuses#${to}`}
      aria-label={label}
      className={className}
      onClick={(event) => {
        if (!plainClick(event)) return
        event.preventDefault()
        void navigate({ search: (previous) => previous, hash: to })
      }}
    >
      {children}
    </a>
  )
}
