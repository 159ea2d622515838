import type { TextWire } from '@/api/text-schema'
import { facetDim } from '../engine/log-store'
import {
  directionCode,
  importedContacts,
  importedDirections,
  importedLog,
} from './imported-log'
import { importedStatusDims, Interner } from './imported-values'
import type { TextStore } from './text-store'

/** An imported text log served like the demo one (see the call log's). */
export function buildImportedTextStore(
  key: string,
  input: readonly TextWire[],
): TextStore {
  const { records, ...log } = importedLog('texts', key, input, (text) => text.created_at)
  const contacts = importedContacts()
  const bodies = new Interner<string>((body) => body)
  const numbers = new Interner<string | null>((number) => number ?? '')
  const status = importedStatusDims('texts', records)
  const segments = Uint8Array.from(records, (text) => Math.min(text.segments, 255))
  return {
    ...log,
    dims: [
      ...status.dims,
      facetDim(
        'direction',
        Uint8Array.from(records, (text) => directionCode(text.direction)),
        importedDirections,
      ),
    ],
    sortKeys: { status: status.rank, segments },
    search: {
      contact: Uint32Array.from(records, (text) => contacts.code(text.contact)),
      contacts: contacts.pool(),
      body: Uint32Array.from(records, (text) => bodies.code(text.body)),
      bodies: bodies.values,
      columns: [
        {
          kind: 'number',
          // The business's side: the number the text went from, or came to.
          codes: Uint32Array.from(records, (text) =>
            numbers.code(text.direction === 'outbound' ? text.from : text.to),
          ),
          values: numbers.values,
        },
      ],
    },
    liveIndices: [],
    segments,
  }
}
