import { Upload } from 'lucide-react'
import { useState, type ReactNode } from 'react'
import { Button } from '@/components/button'
import type { LogKind } from '@/domain/log-query'
import { deferredModule, useDeferredModule } from '@/lib/deferred-module'
import { useDatasetSwitch } from './use-dataset-switch'

// The dialog, its parsers' client and its steps load when Import is pressed (or hovered).
// Pure: a build for a real backend, which never renders Import, drops it and its chunks.
const dialog = /* @__PURE__ */ deferredModule(
  () => import('@/features/import/import-dialog'),
)

/** Import a vendor's export into a data set of this browser, then show it. */
export function ImportButton({ kind }: { kind: LogKind }) {
  const [open, setOpen] = useState(false)
  const ImportDialog = useDeferredModule(dialog, open)?.ImportDialog
  const switchTo = useDatasetSwitch()
  return (
    <>
      <Button
        size="sm"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
        onPointerEnter={() => void dialog.load()}
      >
        <Upload aria-hidden className="size-3.5" />
        Import
      </Button>
      {open && ImportDialog ? (
        <ImportDialog
          kind={kind}
          onClose={() => setOpen(false)}
          onImported={(meta, summary) => {
            setOpen(false)
            // The log the records went to, whichever log Import was pressed on.
            switchTo(meta, summary.kind)
          }}
        />
      ) : null}
    </>
  )
}

/** Import on each log's toolbar; none with a real backend, whose build holds no import code. */
export const importActions: Record<LogKind, ReactNode> | null = import.meta.env
  .VITE_API_BASE_URL
  ? null
  : { calls: <ImportButton kind="calls" />, texts: <ImportButton kind="texts" /> }
