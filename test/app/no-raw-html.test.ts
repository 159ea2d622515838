// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const src = fileURLToPath(new URL('../../src', import.meta.url))

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : []
  })
}

/** Ways to turn a string into markup or code; data is only ever shown as text. */
const forbidden = [
  'dangerouslySetInnerHTML',
  'innerHTML',
  'outerHTML',
  'insertAdjacentHTML',
  'document.write',
  'createContextualFragment',
  'new Function',
  'eval(',
]

describe('the source', () => {
  const files = sourceFiles(src)

  it('is all there to check', () => {
    expect(files.length).toBeGreaterThan(100)
  })

  it('never turns a string into markup or code', () => {
    const found = files.flatMap((file) => {
      const text = readFileSync(file, 'utf8')
      return forbidden
        .filter((needle) => text.includes(needle))
        .map((needle) => `${file.slice(src.length + 1)}: ${needle}`)
    })
    expect(found).toEqual([])
  })
})
