import { Check } from 'lucide-react'
import { DropdownMenu } from 'radix-ui'
import { useEffect, useState } from 'react'
import { deleteDataset, listDatasets, type DatasetMeta } from '@/lib/datasets/dataset-db'
import { formatCount } from '@/lib/format'
import { DatasetBadge } from './dataset-badge'

export type DatasetMenuProps = {
  label: string
  activeId: string | null
  /** A set to show, or null for the demo data. */
  onSwitch: (set: DatasetMeta | null) => void
}

const itemClass =
  'flex cursor-default items-center gap-2 rounded px-2 py-1.5 outline-none select-none data-[highlighted]:bg-surface-2'

const countsOf = (set: DatasetMeta) =>
  [
    set.counts.calls > 0 ? `${formatCount(set.counts.calls)} calls` : null,
    set.counts.texts > 0 ? `${formatCount(set.counts.texts)} texts` : null,
  ]
    .filter(Boolean)
    .join(', ')

/** The data switch: the demo data, each imported set, and removing one. Loads on first use. */
export function DatasetMenu({ label, activeId, onSwitch }: DatasetMenuProps) {
  const [sets, setSets] = useState<DatasetMeta[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const reload = () =>
    listDatasets().then(setSets, () => {
      setSets([])
      setError('The imported data sets could not be read from this browser’s storage.')
    })
  useEffect(() => void reload(), [])
  const remove = async (set: DatasetMeta) => {
    await deleteDataset(set.id)
    if (set.id === activeId) onSwitch(null)
    await reload()
  }
  const mark = (on: boolean) => (
    <span className="flex size-4 shrink-0 items-center justify-center">
      {on ? <Check aria-hidden className="size-3.5" /> : null}
    </span>
  )
  return (
    <DropdownMenu.Root defaultOpen>
      <DropdownMenu.Trigger asChild>
        <DatasetBadge label={label} imported={activeId !== null} />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="end"
          sideOffset={4}
          className="z-50 max-w-80 min-w-60 rounded-lg border border-line bg-surface p-1 text-sm shadow-lg"
        >
          <DropdownMenu.Label className="px-2 py-1.5 text-xs font-medium text-muted">
            Show data
          </DropdownMenu.Label>
          <DropdownMenu.Item className={itemClass} onSelect={() => onSwitch(null)}>
            {mark(activeId === null)}
            Demo data
          </DropdownMenu.Item>
          {(sets ?? []).map((set) => (
            <DropdownMenu.Item
              key={set.id}
              className={itemClass}
              onSelect={() => onSwitch(set)}
            >
              {mark(set.id === activeId)}
              <span className="min-w-0">
                <span className="block truncate">{set.name}</span>
                <span className="block text-xs text-muted">{countsOf(set)}</span>
              </span>
            </DropdownMenu.Item>
          ))}
          {sets === null ? (
            <p className="px-2 py-1.5 text-xs text-muted">Reading imported sets…</p>
          ) : null}
          {error ? <p className="px-2 py-1.5 text-xs text-danger">{error}</p> : null}
          {sets && sets.length > 0 ? (
            <>
              <DropdownMenu.Separator className="my-1 h-px bg-line" />
              <DropdownMenu.Sub>
                <DropdownMenu.SubTrigger className={`${itemClass} pl-8`}>
                  Remove a set…
                </DropdownMenu.SubTrigger>
                <DropdownMenu.Portal>
                  <DropdownMenu.SubContent className="z-50 max-w-72 min-w-48 rounded-lg border border-line bg-surface p-1 text-sm shadow-lg">
                    {sets.map((set) => (
                      <DropdownMenu.Item
                        key={set.id}
                        className={itemClass}
                        onSelect={() => void remove(set)}
                      >
                        Remove “{set.name}”
                      </DropdownMenu.Item>
                    ))}
                  </DropdownMenu.SubContent>
                </DropdownMenu.Portal>
              </DropdownMenu.Sub>
            </>
          ) : null}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  )
}
