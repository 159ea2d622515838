// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const src = fileURLToPath(new URL('../../../src', import.meta.url))

/** The source files a module imports, statically, following `@/` and relative paths. */
function localImports(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  const specifiers = [...text.matchAll(/^\s*(?:import|export)\s[^'"]*from\s+'([^']+)'/gm)]
    .filter((match) => !/^\s*import\s+type\s/.test(match[0]))
    .map((match) => match[1] as string)
  return specifiers.flatMap((specifier) => {
    const base = specifier.startsWith('@/')
      ? join(src, specifier.slice(2))
      : specifier.startsWith('.')
        ? resolve(dirname(file), specifier)
        : null
    if (base === null) return [`package:${specifier}`]
    const found = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find(existsSync)
    return found ? [found] : []
  })
}

function graphOf(entry: string): Set<string> {
  const seen = new Set<string>()
  const visit = (file: string) => {
    if (seen.has(file)) return
    seen.add(file)
    if (!file.startsWith('package:')) localImports(file).forEach(visit)
  }
  visit(entry)
  return seen
}

describe('the mock’s data worker', () => {
  it('imports no MSW: MSW needs a page, and the dev server does not tree-shake it away', () => {
    const graph = graphOf(join(src, 'mocks/worker/engine-worker.ts'))
    expect(graph.has(join(src, 'mocks/engine/answer-request.ts'))).toBe(true)
    const packages = [...graph].filter((id) => id.startsWith('package:'))
    expect(packages.filter((id) => /^package:(msw|@mswjs)/.test(id))).toEqual([])
    expect(packages.filter((id) => /react/.test(id))).toEqual([])
  })
})
