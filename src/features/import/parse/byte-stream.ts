import { isGzip } from './sniff'

/** Text pieces of a file and how many of its bytes (compressed ones, for gzip) were read. */
export type TextPiece = { text: string; bytesRead: number }

/** Reads the first bytes of a file, e.g. to check for gzip before choosing how to read it. */
export async function firstBytes(file: Blob, count = 2): Promise<Uint8Array> {
  return new Uint8Array(await file.slice(0, count).arrayBuffer())
}

/**
 * A file as pieces of UTF-8 text, un-gzipped on the way when it starts with
 * gzip's magic bytes (DecompressionStream: browsers, workers and node alike).
 * Never holds the whole file as one string.
 */
export async function* textPieces(
  file: Blob | ReadableStream<Uint8Array>,
  options: { gzip?: boolean; signal?: AbortSignal } = {},
): AsyncGenerator<TextPiece> {
  const gzip =
    options.gzip ?? (file instanceof Blob ? isGzip(await firstBytes(file)) : false)
  let bytesRead = 0
  const counting = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      bytesRead += chunk.byteLength
      controller.enqueue(chunk)
    },
  })
  const source = file instanceof Blob ? file.stream() : file
  const counted = source.pipeThrough(counting)
  const bytes = gzip
    ? counted.pipeThrough(
        new DecompressionStream('gzip') as unknown as TransformStream<
          Uint8Array,
          Uint8Array
        >,
      )
    : counted
  const reader = bytes.getReader()
  const decoder = new TextDecoder('utf-8')
  try {
    for (;;) {
      options.signal?.throwIfAborted()
      const { done, value } = await reader.read()
      if (done) {
        const last = decoder.decode()
        if (last !== '') yield { text: last, bytesRead }
        return
      }
      const text = decoder.decode(value, { stream: true })
      if (text !== '') yield { text, bytesRead }
    }
  } finally {
    await reader.cancel().catch(() => undefined)
  }
}
