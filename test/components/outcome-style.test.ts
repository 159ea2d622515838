import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { neutralStyle, outcomeStyle, outcomeStyles } from '@/components/outcome-style'
import { outcomeGroups } from '@/domain/outcomes'

// Vitest runs from the project root.
const src = join(process.cwd(), 'src')
const styles = readFileSync(join(src, 'app/styles.css'), 'utf8')

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : /\.(ts|tsx)$/.test(entry.name)
        ? [join(dir, entry.name)]
        : [],
  )

describe('outcome styles', () => {
  it.each(outcomeGroups)('gives %s its own tokens in every role', (group) => {
    const style = outcomeStyles[group]
    expect(style.pill).toBe(
      `bg-[var(--outcome-${group}-soft)] text-[var(--outcome-${group}-ink)]`,
    )
    expect(style.fill).toBe(`bg-[var(--outcome-${group})]`)
    expect(style.stroke).toBe(`border-[var(--outcome-${group})]`)
    expect(style.chart).toBe(`var(--outcome-${group})`)
    expect(style.chartSoft).toBe(`var(--outcome-${group}-soft)`)
  })

  it.each(outcomeGroups)('finds the %s tokens defined in styles.css', (group) => {
    for (const token of ['', '-soft', '-ink']) {
      expect(styles).toMatch(new RegExp(`--outcome-${group}${token}:`))
    }
  })

  // Delivered (a text) and Finished (a campaign) mean what Connected means for a call.
  it.each([
    ['delivered', 'connected'],
    ['finished', 'connected'],
    ['in-flight', 'in-progress'],
  ])('colours %s as %s, once, in every role', (group, same) => {
    for (const token of ['', '-soft', '-ink']) {
      expect(styles).toContain(
        `--outcome-${group}${token}: var(--outcome-${same}${token});`,
      )
    }
  })

  it('styles flags and result codes, which have no outcome, neutrally', () => {
    expect(outcomeStyle(null)).toBe(neutralStyle)
    expect(outcomeStyle('failed')).toBe(outcomeStyles.failed)
  })

  it('is the only place in src that maps outcome groups to colours', () => {
    const offenders = sourceFiles(src)
      .filter((file) => !file.endsWith('components/outcome-style.ts'))
      .filter((file) => readFileSync(file, 'utf8').includes('--outcome-'))
      .map((file) => relative(src, file))
    expect(offenders).toEqual([])
  })
})
