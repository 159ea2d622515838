import { Link, type ErrorComponentProps } from '@tanstack/react-router'
import { TriangleAlert } from 'lucide-react'
import { Button } from '@/components/button'
import { EmptyState } from '@/components/empty-state'

/**
 * Shown in place of a section whose render failed; the header and the other
 * sections keep working.
 */
export function SectionError({ error, reset }: ErrorComponentProps) {
  const message = error instanceof Error ? error.message : String(error)
  return (
    <EmptyState
      icon={TriangleAlert}
      tone="danger"
      title="This section could not be shown"
      action={
        <div className="flex items-center gap-2">
          <Button variant="primary" onClick={reset}>
            Try again
          </Button>
          <Link
            to="/calls"
            className="inline-flex h-9 items-center rounded-md border border-line px-3.5 text-sm font-medium hover:bg-surface-2"
          >
            Go to the Activity Log
          </Link>
        </div>
      }
    >
      <p className="break-words">{message || 'An unexpected error occurred.'}</p>
    </EmptyState>
  )
}
