import { ChevronDown } from 'lucide-react'
import type { ComponentProps } from 'react'

type DatasetBadgeProps = ComponentProps<'button'> & { label: string; imported: boolean }

/** The header's data badge: which data the logs show; a button that opens the switch. */
export function DatasetBadge({ label, imported, ...props }: DatasetBadgeProps) {
  return (
    <button
      type="button"
      title={
        imported
          ? 'Imported logs, kept in this browser. Switch data sets or remove one.'
          : 'Served by the embedded mock backend with seeded data. Switch to imported logs.'
      }
      className="inline-flex max-w-56 items-center gap-1.5 rounded-full border border-line px-2.5 py-1 text-xs font-medium text-muted hover:bg-surface-2 hover:text-ink"
      {...props}
    >
      <span
        aria-hidden
        className={`size-1.5 shrink-0 rounded-full ${imported ? 'bg-accent' : 'bg-demo'}`}
      />
      <span className="truncate">{label}</span>
      <ChevronDown aria-hidden className="size-3 shrink-0" />
    </button>
  )
}
