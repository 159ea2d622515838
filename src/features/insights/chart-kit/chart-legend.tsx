import { Eye, EyeOff } from 'lucide-react'
import type { ChartConfig } from './chart-config'

type Props<K extends string> = {
  config: ChartConfig<K>
  keys: readonly K[]
  hidden: ReadonlySet<string>
  onToggle: (key: string) => void
  /** Names the group for screen readers: "Show or hide outcome groups". */
  label: string
}

/** A chart's legend from its config: each series a button that shows or hides it. */
export function ChartLegend<K extends string>({
  config,
  keys,
  hidden,
  onToggle,
  label,
}: Props<K>) {
  return (
    <div role="group" aria-label={label} className="flex flex-wrap gap-x-1 gap-y-1">
      {keys.map((key) => {
        const shown = !hidden.has(key)
        const { label: name, color } = config[key]
        return (
          <button
            key={key}
            type="button"
            aria-pressed={shown}
            onClick={() => onToggle(key)}
            title={shown ? `Hide ${name}` : `Show ${name}`}
            className="group inline-flex h-6 items-center gap-1.5 rounded-md px-1.5 text-xs text-ink hover:bg-surface-2 aria-[pressed=false]:text-faint"
          >
            <span
              aria-hidden
              className="size-2.5 shrink-0 rounded-sm border border-transparent"
              style={
                shown
                  ? { background: color }
                  : { borderColor: color, background: 'transparent' }
              }
            />
            <span className="group-aria-[pressed=false]:line-through">{name}</span>
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
