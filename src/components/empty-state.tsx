import type { LucideIcon } from 'lucide-react'
import type { ReactNode } from 'react'

type EmptyStateProps = {
  icon: LucideIcon
  title: string
  children?: ReactNode
  action?: ReactNode
  tone?: 'neutral' | 'danger'
}

/** A designed "nothing here" or "something went wrong" panel, never a blank area. */
export function EmptyState({
  icon: Icon,
  title,
  children,
  action,
  tone = 'neutral',
}: EmptyStateProps) {
  return (
    <div
      role={tone === 'danger' ? 'alert' : undefined}
      className="mx-auto flex max-w-md flex-col items-center px-6 py-16 text-center"
    >
      <span
        className={`mb-4 flex size-11 items-center justify-center rounded-full ${tone === 'danger' ? 'bg-danger-soft text-danger' : 'bg-surface-2 text-muted'}`}
      >
        <Icon aria-hidden className="size-5" />
      </span>
      <h2 className="text-base font-semibold">{title}</h2>
      {children ? <div className="mt-1.5 text-sm text-muted">{children}</div> : null}
      {action ? <div className="mt-5">{action}</div> : null}
    </div>
  )
}
