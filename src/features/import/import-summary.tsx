import { useId, useState } from 'react'
import { Button } from '@/components/button'
import { logKindInfo } from '@/domain/log-kind'
import { vendorName } from '@/domain/vendors'
import type { DatasetMeta } from '@/lib/datasets/dataset-db'
import { formatCount, pluralize } from '@/lib/format'
import { importFormatLabels, type ImportSummary } from './parse/import-types'
import { sameNameSet } from './use-import-flow'

type ImportSummaryStepProps = {
  fileName: string
  summary: ImportSummary
  sets: DatasetMeta[]
  onImport: (target: { id: string | null; name: string }) => void
  onBack: () => void
}

const dateFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: 'medium',
  timeStyle: 'short',
})
const when = (iso: string | null) =>
  iso === null ? '' : dateFormat.format(new Date(iso))
const newSet = 'new'

/** What Callboard recognised in the file, and where its records will go. */
export function ImportSummaryStep(props: ImportSummaryStepProps) {
  const { summary } = props
  const name = props.fileName.replace(/\.(gz)$/, '')
  const [target, setTarget] = useState(sameNameSet(props.sets, name)?.id ?? newSet)
  const id = useId()
  const { noun } = logKindInfo[summary.kind]
  const unknown = [...summary.unknownStatusCodes.entries()].sort((a, b) => b[1] - a[1])
  return (
    <div className="mt-4">
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm">
        <dt className="text-muted">Format</dt>
        <dd>{importFormatLabels[summary.format]}</dd>
        <dt className="text-muted">Records</dt>
        <dd>
          {pluralize(summary.records, noun.one, noun.many)}
          {summary.duplicates > 0
            ? ` (${pluralize(summary.duplicates, 'repeated id', 'repeated ids')} read once)`
            : ''}
        </dd>
        <dt className="text-muted">Dates</dt>
        <dd>{summary.from ? `${when(summary.from)} – ${when(summary.to)}` : 'None'}</dd>
        <dt className="text-muted">Vendor</dt>
        <dd>{summary.vendors.map(vendorName).join(', ') || 'None'}</dd>
        <dt className="text-muted">Statuses</dt>
        <dd>
          {formatCount(summary.knownStatuses)} in the catalog
          {summary.unknownStatuses > 0
            ? `, ${formatCount(summary.unknownStatuses)} not in the catalog (kept as sent): ${unknown
                .slice(0, 8)
                .map(([code, count]) => `${code || '(empty)'} × ${formatCount(count)}`)
                .join(', ')}${unknown.length > 8 ? ', …' : ''}`
            : ''}
        </dd>
      </dl>
      {summary.records === 0 ? (
        <p role="alert" className="mt-4 text-sm text-danger">
          No row of this file could be read: nothing to import.
        </p>
      ) : (
        <div className="mt-4 flex flex-col gap-1.5 text-sm">
          <label htmlFor={`${id}-target`} className="font-medium">
            Import into
          </label>
          <select
            id={`${id}-target`}
            value={target}
            onChange={(event) => setTarget(event.target.value)}
            className="h-9 rounded-md border border-line bg-surface px-2"
          >
            <option value={newSet}>A new data set, “{name}”</option>
            {props.sets.map((set) => (
              <option key={set.id} value={set.id}>
                “{set.name}” (records already there are not doubled)
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="mt-5 flex justify-end gap-2">
        <Button onClick={props.onBack}>Choose another file</Button>
        <Button
          variant="primary"
          disabled={summary.records === 0}
          onClick={() => props.onImport({ id: target === newSet ? null : target, name })}
        >
          Import {pluralize(summary.records, noun.one, noun.many)}
        </Button>
      </div>
    </div>
  )
}
