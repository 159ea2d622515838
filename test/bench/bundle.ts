import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

type ManifestChunk = {
  file: string
  src?: string
  isEntry?: boolean
  imports?: string[]
  dynamicImports?: string[]
  /** Files a chunk refers to by URL: the mock's worker among them. */
  assets?: string[]
}

export type BundleChunk = {
  file: string
  bytes: number
  gzipBytes: number
  /** entry: loaded by every page; section: a page's lazy chunk; mock: the embedded backend. */
  group: 'entry' | 'section' | 'mock' | 'lazy'
}

export type BundleReport = {
  chunks: BundleChunk[]
  mockFiles: string[]
  mockGzipBytes: number
  /** Chunks every page needs, plus the chunks of each section. */
  sectionFiles: Record<string, string[]>
  /** Mock or MSW modules found outside the mock chunks: must be empty. */
  leaks: string[]
}

const mockModule =
  /^(src\/mocks\/|node_modules\/(msw|@mswjs|@open-draft|headers-polyfill|rettime|outvariant|strict-event-emitter|graphql)\/)/

export const gzipSize = (buffer: Buffer): number => gzipSync(buffer, { level: 9 }).length

/** Reads dist/.vite/{manifest,chunk-modules}.json and sorts every JS chunk into its group. */
export function analyzeBundle(distDir: string): BundleReport {
  const manifest = JSON.parse(
    readFileSync(join(distDir, '.vite/manifest.json'), 'utf8'),
  ) as Record<string, ManifestChunk>
  const modules = JSON.parse(
    readFileSync(join(distDir, '.vite/chunk-modules.json'), 'utf8'),
  ) as Record<string, string[]>

  /** What loading `keys` loads at once; with `lazily`, what they may load later too. */
  const closure = (keys: string[], lazily = false): Set<string> => {
    const seen = new Set<string>()
    const visit = (key: string) => {
      if (seen.has(key)) return
      seen.add(key)
      for (const next of manifest[key]?.imports ?? []) visit(next)
      if (lazily) for (const next of manifest[key]?.dynamicImports ?? []) visit(next)
    }
    keys.forEach(visit)
    return seen
  }
  const fileOf = (key: string) => manifest[key]?.file ?? key

  const entryKey = Object.keys(manifest).find((key) => manifest[key]?.isEntry)
  if (!entryKey) throw new Error('The build has no entry chunk in its manifest.')
  const entry = closure([entryKey])
  const dynamic = manifest[entryKey]?.dynamicImports ?? []
  // Every lazy page of the app (features, and the log routes under src/app/routes).
  const sectionKeys = dynamic.filter((key) => !key.startsWith('src/mocks/'))
  const mockKeys = dynamic.filter((key) => key.startsWith('src/mocks/'))

  const sectionFiles: Record<string, string[]> = {}
  const appKeys = new Set(entry)
  for (const key of sectionKeys) {
    const keys = closure([key])
    keys.forEach((k) => appKeys.add(k))
    sectionFiles[key] = [...keys].map(fileOf)
  }
  // The mock's chunks, what they load later (its in-page fallback) and its worker.
  const mock = new Set([...closure(mockKeys, true)].filter((key) => !appKeys.has(key)))
  const workers = [...mock].flatMap((key) =>
    (manifest[key]?.assets ?? []).filter((file) => file.endsWith('.js')),
  )

  const leaks: string[] = []
  for (const key of appKeys) {
    for (const id of modules[fileOf(key)] ?? []) {
      if (mockModule.test(id)) leaks.push(`${fileOf(key)}: ${id}`)
    }
  }

  const chunks = Object.keys(modules).map((file): BundleChunk => {
    const buffer = readFileSync(join(distDir, file))
    const key = Object.keys(manifest).find((k) => fileOf(k) === file) ?? file
    const group = entry.has(key)
      ? 'entry'
      : mock.has(key)
        ? 'mock'
        : appKeys.has(key)
          ? 'section'
          : 'lazy'
    return { file, bytes: buffer.length, gzipBytes: gzipSize(buffer), group }
  })
  for (const file of workers) {
    const buffer = readFileSync(join(distDir, file))
    chunks.push({
      file,
      bytes: buffer.length,
      gzipBytes: gzipSize(buffer),
      group: 'mock',
    })
  }
  const mockFiles = [...[...mock].map(fileOf), ...workers]
  const mockGzipBytes = chunks
    .filter((chunk) => chunk.group === 'mock')
    .reduce((sum, chunk) => sum + chunk.gzipBytes, 0)
  return { chunks, mockFiles, mockGzipBytes, sectionFiles, leaks }
}
