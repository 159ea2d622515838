import type { TextWire } from '@/api/text-schema'
import { importedLog, numberColumns } from './imported-log'
import { Interner } from './imported-values'
import type { TextStore } from './text-store'

/** An imported text log served like the demo one (see the call log's). */
export function buildImportedTextStore(
  key: string,
  input: readonly TextWire[],
): TextStore {
  const { records, contactSearch, statusRank, ...log } = importedLog(
    'texts',
    key,
    input,
    (text) => text.created_at,
  )
  const bodies = new Interner<string>((body) => body)
  const segments = Uint8Array.from(records, (text) => Math.min(text.segments, 255))
  return {
    ...log,
    sortKeys: { status: statusRank, segments },
    search: {
      ...contactSearch,
      body: Uint32Array.from(records, (text) => bodies.code(text.body)),
      bodies: bodies.values,
      // The business's side: the number the text went from, or came to.
      columns: [
        numberColumns()(records, (text) =>
          text.direction === 'outbound' ? text.from : text.to,
        ),
      ],
    },
    liveIndices: [],
    segments,
  }
}
