import { Link } from '@tanstack/react-router'
import { Compass } from 'lucide-react'
import { EmptyState } from '@/components/empty-state'

export function NotFound() {
  return (
    <EmptyState
      icon={Compass}
      title="There is no page at this address"
      action={
        <Link
          to="/calls"
          className="inline-flex h-9 items-center rounded-md bg-accent px-3.5 text-sm font-medium text-accent-ink"
        >
          Go to the Activity Log
        </Link>
      }
    >
      <title>Page not found · Callboard</title>
      The link may be old or mistyped. Every section is one click away in the header.
    </EmptyState>
  )
}
