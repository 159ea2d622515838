import { X } from 'lucide-react'
import { Dialog } from 'radix-ui'
import { Button } from '@/components/button'
import type { LogKind } from '@/domain/log-query'
import type { DatasetMeta } from '@/lib/datasets/dataset-db'
import type { ImportSummary } from './parse/import-types'
import { CsvMappingStep } from './csv-mapping-step'
import { FilePicker } from './file-picker'
import { ImportProgress } from './import-progress'
import { ImportSummaryStep } from './import-summary'
import { RejectedRows } from './rejected-rows'
import { useImportFlow } from './use-import-flow'

type ImportDialogProps = {
  /** The log Import was pressed on: what a CSV's rows are taken for, until the user says. */
  kind: LogKind
  onClose: () => void
  /** The set is stored; the app switches to it. */
  onImported: (meta: DatasetMeta, summary: ImportSummary) => void
}

/** Import a vendor's export: pick, map, check, import. Loaded when Import is pressed. */
export function ImportDialog({ kind, onClose, onImported }: ImportDialogProps) {
  const flow = useImportFlow(onImported)
  const { state } = flow
  const close = () => {
    flow.cancel()
    onClose()
  }
  return (
    <Dialog.Root open onOpenChange={(open) => (open ? undefined : close())}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-black/25 dark:bg-black/50" />
        <Dialog.Content className="fixed top-1/2 left-1/2 z-50 max-h-[calc(100vh-2rem)] w-[min(34rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 overflow-auto rounded-xl border border-line bg-surface p-5 shadow-2xl outline-none">
          <Dialog.Close
            aria-label="Cancel the import"
            className="absolute top-3 right-3 rounded-md p-1.5 text-muted hover:bg-surface-2 hover:text-ink"
          >
            <X aria-hidden className="size-4" />
          </Dialog.Close>
          <Dialog.Title className="text-base font-semibold">
            Import your own logs
          </Dialog.Title>
          <Dialog.Description className="mt-1 text-sm text-muted">
            The file is read in this browser and kept in its storage; it never leaves it.
          </Dialog.Description>
          {state.step === 'pick' ? (
            <FilePicker error={state.error} onFile={flow.pick} />
          ) : null}
          {state.step === 'busy' ? (
            <ImportProgress label={state.label} progress={state.progress} />
          ) : null}
          {state.step === 'mapping' ? (
            <CsvMappingStep
              sniff={state.sniff}
              mapping={state.mapping}
              vendor={state.vendor}
              kind={kind}
              onConfirm={flow.confirmMapping}
              onBack={flow.restart}
            />
          ) : null}
          {state.step === 'summary' ? (
            <>
              <ImportSummaryStep
                fileName={state.file.name}
                summary={state.summary}
                sets={state.sets}
                onImport={flow.save}
                onBack={flow.restart}
              />
              <RejectedRows rows={state.rejected} fileName={state.file.name} />
            </>
          ) : null}
          {state.step === 'pick' || state.step === 'busy' ? (
            <div className="mt-6 flex justify-end">
              <Button onClick={close}>Cancel</Button>
            </div>
          ) : null}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  )
}
