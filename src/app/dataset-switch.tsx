import { useState, useSyncExternalStore } from 'react'
import { DatasetBadge } from '@/features/import/dataset-badge'
import { activeDataset, subscribeActiveDataset } from '@/lib/datasets/active-dataset'
import { deferredModule, useDeferredModule } from '@/lib/deferred-module'
import { useDatasetSwitch } from './use-dataset-switch'

// Pure: a build for a real backend, which shows no switch, drops it and its chunk.
const menu = /* @__PURE__ */ deferredModule(
  () => import('@/features/import/dataset-menu'),
)

/** The data badge of the embedded backend: the data shown, and a menu to switch it. */
export function DatasetSwitch() {
  const active = useSyncExternalStore(subscribeActiveDataset, activeDataset, () => null)
  const switchTo = useDatasetSwitch()
  const [wanted, setWanted] = useState(false)
  const Menu = useDeferredModule(menu, wanted)?.DatasetMenu
  const label = active?.name ?? 'Demo data'
  if (!Menu)
    return (
      <DatasetBadge
        label={label}
        imported={active !== null}
        aria-haspopup="menu"
        onClick={() => setWanted(true)}
      />
    )
  return (
    <Menu label={label} activeId={active?.id ?? null} onSwitch={(set) => switchTo(set)} />
  )
}
