import type { LucideIcon } from 'lucide-react'
import { useId, type ReactNode } from 'react'

type GlossaryPanelProps = {
  title: string
  intro: ReactNode
  /** A note (an aside, its icon beside the text) rather than a section under a header. */
  icon?: LucideIcon
  children: ReactNode
}

/** A titled box on the Statuses page, named by its heading for screen readers. */
export function GlossaryPanel({
  title,
  intro,
  icon: Icon,
  children,
}: GlossaryPanelProps) {
  const titleId = useId()
  const heading = (size: string, introSize: string) => (
    <>
      <h2 id={titleId} className={`font-semibold ${size}`}>
        {title}
      </h2>
      <p className={`text-muted ${introSize}`}>{intro}</p>
    </>
  )
  if (Icon)
    return (
      <aside
        aria-labelledby={titleId}
        className="rounded-lg border border-line bg-surface p-4 text-sm"
      >
        <div className="flex gap-3">
          <Icon aria-hidden className="mt-0.5 size-4 shrink-0 text-accent" />
          <div className="min-w-0 space-y-3">
            <div className="space-y-1">{heading('', '')}</div>
            {children}
          </div>
        </div>
      </aside>
    )
  return (
    <section
      aria-labelledby={titleId}
      className="relative rounded-lg border border-line bg-surface"
    >
      <header className="border-b border-line px-4 py-3">
        {heading('text-base', 'mt-0.5 text-xs')}
      </header>
      {children}
    </section>
  )
}
