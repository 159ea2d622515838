import { Eye, EyeOff } from 'lucide-react'

export type LegendItem = {
  key: string
  label: string
  /** An SVG paint (a `var(--…)` colour) for the swatch. */
  color: string
}

type LegendTogglesProps = {
  items: readonly LegendItem[]
  hidden: ReadonlySet<string>
  onToggle: (key: string) => void
  /** Names the group for screen readers: "Show or hide outcome groups". */
  label: string
}

/** A chart's legend; each entry is a button that shows or hides its series. */
export function LegendToggles({ items, hidden, onToggle, label }: LegendTogglesProps) {
  return (
    <div role="group" aria-label={label} className="flex flex-wrap gap-x-1 gap-y-1">
      {items.map((item) => {
        const shown = !hidden.has(item.key)
        return (
          <button
            key={item.key}
            type="button"
            aria-pressed={shown}
            onClick={() => onToggle(item.key)}
            title={shown ? `Hide ${item.label}` : `Show ${item.label}`}
            className="group inline-flex h-6 items-center gap-1.5 rounded-md px-1.5 text-xs text-ink hover:bg-surface-2 aria-[pressed=false]:text-faint"
          >
            <span
              aria-hidden
              className="size-2.5 shrink-0 rounded-sm border border-transparent"
              style={
                shown
                  ? { background: item.color }
                  : { borderColor: item.color, background: 'transparent' }
              }
            />
            <span className="group-aria-[pressed=false]:line-through">{item.label}</span>
            {shown ? (
              <Eye aria-hidden className="hidden size-3 text-faint group-hover:inline" />
            ) : (
              <EyeOff aria-hidden className="size-3" />
            )}
          </button>
        )
      })}
    </div>
  )
}
