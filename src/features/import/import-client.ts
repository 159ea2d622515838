import type { DatasetMeta } from '@/lib/datasets/dataset-db'
import type {
  ImportOptions,
  ImportSniff,
  ImportSummary,
  RejectedRow,
} from './parse/import-types'
import type {
  ImportCall,
  ImportReply,
  ImportStage,
  ImportTarget,
} from './worker/import-protocol'

export type Progress = { stage: ImportStage; done: number; total: number }

type Pending = {
  expect: ImportReply['type']
  resolve: (reply: ImportReply) => void
  reject: (error: Error) => void
}

/** Thrown into whatever waited when the user cancels. */
export class ImportCancelled extends Error {}

/**
 * The page's side of one import: a worker of its own, one step at a time.
 * Cancelling ends the worker, which drops what it read and aborts a write.
 */
export function createImportClient(onProgress: (progress: Progress) => void) {
  let worker: Worker | null = null
  let pending: Pending | null = null

  const start = () => {
    const created = new Worker(new URL('./worker/import-worker.ts', import.meta.url), {
      type: 'module',
      name: 'callboard-import',
    })
    created.onmessage = ({ data }: MessageEvent<ImportReply>) => {
      if (data.type === 'progress') return onProgress(data)
      const waiting = pending
      pending = null
      if (!waiting) return
      if (data.type === 'failed') waiting.reject(new Error(data.message))
      else waiting.resolve(data)
    }
    created.onerror = (event) => {
      event.preventDefault()
      pending?.reject(
        new Error(`The import stopped: ${event.message || 'its worker failed'}.`),
      )
      pending = null
    }
    return created
  }

  function ask<T extends ImportReply['type']>(
    call: ImportCall,
    expect: T,
  ): Promise<Extract<ImportReply, { type: T }>> {
    worker ??= start()
    const sent = worker
    return new Promise((resolve, reject) => {
      pending = { expect, resolve: resolve as Pending['resolve'], reject }
      sent.postMessage(call)
    })
  }

  return {
    sniff: async (file: File): Promise<ImportSniff> =>
      (await ask({ type: 'sniff', file, name: file.name }, 'sniffed')).sniff,
    parse: async (
      file: Blob,
      options: ImportOptions,
    ): Promise<{ summary: ImportSummary; rejected: RejectedRow[] }> =>
      ask({ type: 'parse', file, options }, 'parsed'),
    save: async (target: ImportTarget): Promise<DatasetMeta> =>
      (await ask({ type: 'save', target }, 'saved')).meta,
    cancel: () => {
      worker?.terminate()
      worker = null
      pending?.reject(new ImportCancelled('Import cancelled.'))
      pending = null
    },
  }
}
