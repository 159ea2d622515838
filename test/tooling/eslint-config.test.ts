// @vitest-environment node
import { ESLint, Linter } from 'eslint'
import tseslint from 'typescript-eslint'
import { describe, expect, it } from 'vitest'

/** The project's setting of a rule for a file, as ESLint works it out from eslint.config.js. */
async function ruleFor(file: string, name: string): Promise<Linter.RuleEntry> {
  const config = (await new ESLint().calculateConfigForFile(file)) as Linter.Config
  const rule = config.rules?.[name]
  if (rule === undefined) throw new Error(`${name} is not set for ${file}`)
  return rule
}

/** Messages of the project's rule `name` on a piece of TSX in a feature. */
async function lint(name: string, code: string): Promise<string[]> {
  const file = 'src/features/logs/example.tsx'
  const rules = { [name]: await ruleFor(file, name) }
  return new Linter({ configType: 'flat' })
    .verify(
      code,
      [{ files: ['**/*.tsx'], languageOptions: { parser: tseslint.parser }, rules }],
      file,
    )
    .map((message) => message.message)
}

// Built from parts, so that this file does not hold a raw colour itself.
const amber = ['bg', 'amber', '500'].join('-')
const sky = ['dark:text', 'sky', '400'].join('-')
const rose = ['border', 'rose', '300'].join('-')

describe('colours only through the named tokens', () => {
  it('refuses a raw palette class in a string, a template or a className', async () => {
    expect(await lint('no-restricted-syntax', `const a = 'size-2 ${amber}'`)).toEqual([
      expect.stringContaining('named tokens in src/app/styles.css'),
    ])
    const template = 'const b = (x: boolean) => `p-1 ${x} ' + sky + '`'
    expect(await lint('no-restricted-syntax', template)).toHaveLength(1)
    expect(
      await lint('no-restricted-syntax', `const c = <i className="${rose}" />`),
    ).toHaveLength(1)
  })

  it('lets tokens and plain words through', async () => {
    expect(
      await lint('no-restricted-syntax', `const a = 'bg-demo text-muted bg-black/25'`),
    ).toEqual([])
    expect(
      await lint('no-restricted-syntax', `const b = 'a gray-500 text, border-line'`),
    ).toEqual([])
  })
})

describe('the layering rule', () => {
  it('points at the README section that explains the layers', async () => {
    const rule = JSON.stringify(
      await ruleFor('src/domain/vendors.ts', 'no-restricted-imports'),
    )
    expect(rule).toContain('README.md#how-the-code-is-laid-out')
    expect(rule).not.toContain('STYLE.md')
  })
})
