import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'
import { readdirSync } from 'node:fs'

/** Imports flow one way: app → features → components/lib → api → domain. */
const layer = (files, forbidden, extraPatterns = []) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...forbidden.map((group) => ({
            group: [group, `${group}/**`],
            message:
              'This import goes against the layering described in README.md#how-the-code-is-laid-out.',
          })),
          ...extraPatterns,
        ],
      },
    ],
  },
})

/** A raw Tailwind palette class (bg-amber-500, dark:text-sky-400): colours go through tokens. */
const rawPalette =
  '/\\b(bg|text|border|fill|stroke|ring|outline|from|to|via|decoration|divide|shadow|accent|caret)-(red|orange|amber|yellow|lime|green|emerald|teal|cyan|sky|blue|indigo|violet|purple|fuchsia|pink|rose|slate|gray|zinc|neutral|stone)-\\d/'

const features = readdirSync(new URL('./src/features', import.meta.url), {
  withFileTypes: true,
})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'public/mockServiceWorker.js',
      'test-results',
      'playwright-report',
      'test/e2e/screenshots',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser, ...globals.node },
      parserOptions: {
        projectService: { allowDefaultProject: ['eslint.config.js', 'test/bench/*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true },
      ],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/only-throw-error': [
        'error',
        {
          allow: [
            { from: 'package', package: '@tanstack/router-core', name: 'Redirect' },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Data is shown as text, never as HTML.',
        },
        ...['Literal', 'TemplateElement'].map((node) => ({
          selector: `${node}[value${node === 'Literal' ? '' : '.raw'}=${rawPalette}]`,
          message:
            'Colours come from the named tokens in src/app/styles.css (bg-surface, text-muted…), not the raw Tailwind palette.',
        })),
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  layer(
    ['src/domain/**'],
    [
      '@/app',
      '@/features',
      '@/components',
      '@/lib',
      '@/api',
      '@/mocks',
      'react',
      'react-dom',
      '@tanstack/*',
      'msw',
      'zod',
    ],
  ),
  layer(
    ['src/api/**'],
    ['@/app', '@/features', '@/components', '@/mocks', 'react', 'react-dom'],
  ),
  layer(['src/components/**', 'src/lib/**'], ['@/app', '@/features', '@/mocks']),
  layer(['src/mocks/**'], ['@/app', '@/features', '@/components']),
  ...features.map((name) =>
    layer(
      [`src/features/${name}/**`],
      ['@/app', '@/mocks'],
      [
        {
          group: ['@/features/*', `!@/features/${name}`, `!@/features/${name}/**`],
          message: 'Features do not import each other; compose them in src/app.',
        },
      ],
    ),
  ),
)
