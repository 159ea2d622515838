import type { Vendor } from '@/domain/vendors'
import { useEffect, useRef, useState } from 'react'
import { listDatasets, type DatasetMeta } from '@/lib/datasets/dataset-db'
import { guessCsvMapping, type CsvMapping } from './parse/csv-mapping'
import {
  type ImportOptions,
  type ImportSniff,
  type ImportSummary,
  type RejectedRow,
} from './parse/import-types'
import { createImportClient, ImportCancelled, type Progress } from './import-client'
import { rememberedMapping, rememberMapping } from './remembered-mappings'

export type Sniffed = Extract<ImportSniff, { format: string }>

export type ImportStep =
  | { step: 'pick'; error: string | null }
  | { step: 'busy'; progress: Progress | null; label: string }
  | {
      step: 'mapping'
      file: File
      sniff: Sniffed
      mapping: CsvMapping
      vendor: Vendor | null
    }
  | {
      step: 'summary'
      file: File
      summary: ImportSummary
      rejected: RejectedRow[]
      sets: DatasetMeta[]
    }

/** A set of the same name is where a file read again goes: its ids are not doubled. */
export const sameNameSet = (sets: DatasetMeta[], name: string) =>
  sets.find((set) => set.name === name) ?? null

/**
 * The import dialog's steps: pick a file, map a CSV's columns, read it
 * (in a worker, with progress), see the summary, save. Closing the dialog
 * at any point ends the worker: nothing is left half-done.
 */
export function useImportFlow(
  onSaved: (meta: DatasetMeta, summary: ImportSummary) => void,
) {
  const [state, setState] = useState<ImportStep>({ step: 'pick', error: null })
  const progress = (label: string) => (p: Progress) =>
    setState((s) =>
      s.step === 'busy' ? { ...s, progress: p } : { step: 'busy', label, progress: p },
    )
  const client = useRef(createImportClient(progress('Reading')))
  useEffect(() => {
    const current = client.current
    return () => current.cancel()
  }, [])

  const fail = (error: unknown) => {
    if (error instanceof ImportCancelled) return
    const message = error instanceof Error ? error.message : 'The file could not be read.'
    setState({ step: 'pick', error: message })
  }

  const read = async (file: File, options: ImportOptions) => {
    setState({ step: 'busy', label: 'Reading', progress: null })
    const [{ summary, rejected }, sets] = await Promise.all([
      client.current.parse(file, options),
      listDatasets().catch(() => []),
    ])
    setState({ step: 'summary', file, summary, rejected, sets })
  }

  const pick = (file: File) =>
    void (async () => {
      setState({ step: 'busy', label: 'Looking at the file', progress: null })
      const sniff = await client.current.sniff(file)
      if (sniff.format === null) return setState({ step: 'pick', error: sniff.reason })
      if (sniff.format === 'csv') {
        const header = sniff.header ?? []
        const remembered = rememberedMapping(header)
        return setState({
          step: 'mapping',
          file,
          sniff,
          mapping: remembered?.mapping ?? guessCsvMapping(header),
          vendor: remembered?.vendor ?? sniff.vendor,
        })
      }
      await read(file, { format: sniff.format, kind: sniff.kind, vendor: sniff.vendor })
    })().catch(fail)

  const confirmMapping = (
    mapping: CsvMapping,
    vendor: Vendor | null,
    kind: Sniffed['kind'],
  ) => {
    if (state.step !== 'mapping') return
    const { file, sniff } = state
    rememberMapping(sniff.header ?? [], { mapping, vendor })
    void read(file, { format: 'csv', kind, vendor, mapping }).catch(fail)
  }

  const save = (target: { id: string | null; name: string }) => {
    if (state.step !== 'summary') return
    const { summary } = state
    setState({ step: 'busy', label: 'Saving', progress: null })
    client.current.save(target).then((meta) => onSaved(meta, summary), fail)
  }

  return {
    state,
    pick,
    confirmMapping,
    save,
    restart: () => setState({ step: 'pick', error: null }),
    cancel: () => client.current.cancel(),
  }
}
