import { Check } from 'lucide-react'
import type { ReactNode } from 'react'

type FilterChipProps = {
  pressed: boolean
  onToggle: () => void
  children: ReactNode
}

/** An on/off filter option; pressed state is announced and drawn, not only coloured. */
export function FilterChip({ pressed, onToggle, children }: FilterChipProps) {
  return (
    <button
      type="button"
      aria-pressed={pressed}
      onClick={onToggle}
      className="inline-flex h-7 items-center gap-1.5 rounded-full border border-line bg-surface px-2.5 text-xs font-medium whitespace-nowrap text-muted transition-colors hover:border-line-strong hover:text-ink aria-pressed:border-accent aria-pressed:bg-accent-soft aria-pressed:text-ink"
    >
      {pressed ? <Check aria-hidden className="-ml-0.5 size-3.5 shrink-0" /> : null}
      {children}
    </button>
  )
}
