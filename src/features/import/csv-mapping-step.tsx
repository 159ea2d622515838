import { useId, useState } from 'react'
import { Button } from '@/components/button'
import { logKindInfo } from '@/domain/log-kind'
import { logKinds } from '@/domain/log-query'
import { isVendor, vendorInfo, vendors, type Vendor } from '@/domain/vendors'
import {
  csvFieldLabels,
  csvFields,
  missingCsvFields,
  type CsvField,
  type CsvMapping,
} from './parse/csv-mapping'
import { type ImportKind } from './parse/import-types'
import type { Sniffed } from './use-import-flow'

type CsvMappingStepProps = {
  sniff: Sniffed
  mapping: CsvMapping
  vendor: Vendor | null
  kind: ImportKind
  onConfirm: (mapping: CsvMapping, vendor: Vendor | null, kind: ImportKind) => void
  onBack: () => void
}

const notInFile = ''

/** Which column fills which field: guessed (or remembered), for the user to confirm or fix. */
export function CsvMappingStep(props: CsvMappingStepProps) {
  const header = props.sniff.header ?? []
  const [mapping, setMapping] = useState(props.mapping)
  const [vendor, setVendor] = useState(props.vendor)
  const [kind, setKind] = useState<ImportKind>(props.kind)
  const id = useId()
  const missing = missingCsvFields(mapping, kind)
  const needsVendor = mapping.columns.vendor === undefined
  const setColumn = (field: CsvField, value: string) =>
    setMapping((m) => {
      const columns = Object.fromEntries(
        Object.entries(m.columns).filter(([name]) => name !== field),
      ) as CsvMapping['columns']
      if (value !== notInFile) columns[field] = Number(value)
      return { ...m, columns }
    })
  const ready = missing.length === 0 && (!needsVendor || vendor !== null)
  return (
    <form
      className="mt-4"
      onSubmit={(event) => {
        event.preventDefault()
        if (ready) props.onConfirm(mapping, needsVendor ? vendor : null, kind)
      }}
    >
      <p className="text-sm text-muted">
        Callboard guessed which column holds what from the header. Check it, fix what is
        wrong; it is remembered for the next file with this header.
      </p>
      <fieldset className="mt-3 flex gap-4 text-sm">
        <legend className="sr-only">The rows are</legend>
        {logKinds.map((value) => (
          <label key={value} className="flex items-center gap-1.5">
            <input
              type="radio"
              name={`${id}-kind`}
              checked={kind === value}
              onChange={() => setKind(value)}
            />
            {logKindInfo[value].title}
          </label>
        ))}
      </fieldset>
      {needsVendor ? (
        <div className="mt-3 grid grid-cols-[auto_1fr] items-center gap-x-3 text-sm">
          <label htmlFor={`${id}-every-vendor`} className="font-medium">
            Vendor of every row
          </label>
          <select
            id={`${id}-every-vendor`}
            value={vendor ?? ''}
            onChange={(event) =>
              setVendor(isVendor(event.target.value) ? event.target.value : null)
            }
            className="h-8 rounded-md border border-line bg-surface px-2"
          >
            <option value="">Choose the vendor…</option>
            {vendors.map((v) => (
              <option key={v} value={v}>
                {vendorInfo[v].name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="mt-3 grid max-h-64 grid-cols-[auto_1fr] items-center gap-x-3 gap-y-2 overflow-auto pr-1 text-sm">
        {csvFields.map((field) => (
          <MappingRow
            key={field}
            id={`${id}-${field}`}
            label={csvFieldLabels[field]}
            header={header}
            value={mapping.columns[field]}
            onChange={(value) => setColumn(field, value)}
          />
        ))}
      </div>
      {missing.length > 0 ? (
        <p role="status" className="mt-3 text-sm text-danger">
          Still needed: {missing.map((field) => csvFieldLabels[field]).join(', ')}.
        </p>
      ) : null}
      <div className="mt-5 flex justify-end gap-2">
        <Button onClick={props.onBack}>Choose another file</Button>
        <Button type="submit" variant="primary" disabled={!ready}>
          Read the file
        </Button>
      </div>
    </form>
  )
}

type MappingRowProps = {
  id: string
  label: string
  header: string[]
  value: number | undefined
  onChange: (value: string) => void
}

function MappingRow({ id, label, header, value, onChange }: MappingRowProps) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value === undefined ? notInFile : String(value)}
        onChange={(event) => onChange(event.target.value)}
        className="h-8 min-w-0 rounded-md border border-line bg-surface px-2"
      >
        <option value={notInFile}>Not in the file</option>
        {header.map((name, index) => (
          <option key={index} value={index}>
            {name || `Column ${index + 1}`}
          </option>
        ))}
      </select>
    </>
  )
}
