/** A gzip file starts with these two bytes, whatever its name says. */
export async function isGzip(file: Blob): Promise<boolean> {
  const head = new Uint8Array(await file.slice(0, 2).arrayBuffer())
  return head[0] === 0x1f && head[1] === 0x8b
}

/** The file's text, piece by piece, unzipped on the way when it is gzip. */
export async function* textPieces(file: Blob, gzip: boolean): AsyncGenerator<string> {
  const raw = file.stream()
  // DecompressionStream's types take any BufferSource: the same bytes.
  const bytes = gzip
    ? raw.pipeThrough(
        new DecompressionStream('gzip') as unknown as TransformStream<
          Uint8Array,
          Uint8Array
        >,
      )
    : raw
  const reader = bytes.getReader()
  const decoder = new TextDecoder()
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      yield decoder.decode(value, { stream: true })
    }
    const last = decoder.decode()
    if (last !== '') yield last
  } finally {
    // Stopping early (a head read, a cancel) lets the file go.
    void reader.cancel().catch(() => undefined)
  }
}

/** The start of the file's text, enough to tell its format and read a CSV header. */
export async function headText(
  file: Blob,
  gzip: boolean,
  chars = 64 * 1024,
): Promise<string> {
  let text = ''
  for await (const piece of textPieces(file, gzip)) {
    text += piece
    if (text.length >= chars) break
  }
  return text
}
