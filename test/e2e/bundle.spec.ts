import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test } from '@playwright/test'
import { preview } from 'vite'
import { analyzeBundle } from '../bench/bundle'

const root = fileURLToPath(new URL('../..', import.meta.url))

test('the entry and section chunks hold no mock backend code', () => {
  const report = analyzeBundle(join(root, 'dist'))
  expect(report.mockFiles.length).toBeGreaterThan(0)
  expect(report.mockGzipBytes).toBeGreaterThan(1000)
  expect(report.leaks).toEqual([])
  // The data set is built and queried in the mock's own worker.
  expect(report.mockFiles.some((file) => /engine-worker-.*\.js$/.test(file))).toBe(true)
  for (const [section, files] of Object.entries(report.sectionFiles)) {
    for (const file of files) expect(report.mockFiles, section).not.toContain(file)
  }
})

test('the mock chunks load on the embedded backend, and only lazily', async ({
  page,
}) => {
  const report = analyzeBundle(join(root, 'dist'))
  const html = readFileSync(join(root, 'dist/index.html'), 'utf8')
  for (const file of report.mockFiles) expect(html).not.toContain(file)
  const scripts: string[] = []
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.url())
  })
  await page.goto('/calls')
  await expect(page.getByText('Demo data')).toBeVisible()
  expect(scripts.some((url) => report.mockFiles.some((file) => url.endsWith(file)))).toBe(
    true,
  )
})

test('a build for a real backend contains no mock code at all, and registers no service worker', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const outDir = mkdtempSync(join(tmpdir(), 'callboard-live-'))
  try {
    execFileSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir'], {
      cwd: root,
      env: { ...process.env, VITE_API_BASE_URL: 'https://api.example.com' },
      stdio: 'pipe',
    })
    const report = analyzeBundle(outDir)
    expect(report.mockFiles).toEqual([])
    expect(report.chunks.filter((chunk) => chunk.group === 'mock')).toEqual([])
    const modules = Object.values(
      JSON.parse(
        readFileSync(join(outDir, '.vite/chunk-modules.json'), 'utf8'),
      ) as Record<string, string[]>,
    ).flat()
    expect(
      modules.filter((id) => id.includes('msw') || id.startsWith('src/mocks')),
    ).toEqual([])
    // Nor any import code: imported sets are the embedded backend's. (A module
    // whose code was all dropped can still be listed, so the code is read.)
    expect(
      modules.filter(
        (id) => id.startsWith('src/lib/datasets') || id.includes('node_modules/idb/'),
      ),
    ).toEqual([])
    for (const file of readdirSync(join(outDir, 'assets')).filter((f) =>
      f.endsWith('.js'),
    )) {
      const code = readFileSync(join(outDir, 'assets', file), 'utf8')
      for (const marker of [
        'Import your own logs',
        'callboard-datasets',
        'callboard.dataset',
      ])
        expect(code, `${file} holds ${marker}`).not.toContain(marker)
    }
    // Nor the mock's data worker, which is no chunk of the app's own, nor MSW's
    // service worker, which public/ holds for the embedded backend.
    expect(readdirSync(join(outDir, 'assets')).filter((f) => /worker/i.test(f))).toEqual(
      [],
    )
    expect(readdirSync(outDir).filter((f) => /worker/i.test(f))).toEqual([])
    const scripts = readdirSync(join(outDir, 'assets')).filter((f) => f.endsWith('.js'))
    for (const file of scripts) {
      expect(readFileSync(join(outDir, 'assets', file), 'utf8'), file).not.toContain(
        'serviceWorker',
      )
    }
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toContain(
      "connect-src 'self' https://api.example.com",
    )

    // Served and opened: the page registers no service worker at all.
    const server = await preview({
      root,
      logLevel: 'silent',
      build: { outDir },
      preview: { port: 0, strictPort: false, open: false },
    })
    try {
      await page.route('https://api.example.com/**', (route) => route.abort())
      const url = server.resolvedUrls?.local[0] ?? ''
      await page.goto(new URL('/calls', url).href)
      await expect(page.getByRole('main')).toBeVisible()
      await expect(page.getByRole('button', { name: 'Export CSV' })).toBeVisible()
      await expect(page.getByRole('button', { name: 'Import' })).toHaveCount(0)
      expect(
        await page.evaluate(
          `navigator.serviceWorker.getRegistrations().then((r) => r.length)`,
        ),
      ).toBe(0)
      expect(page.context().serviceWorkers()).toEqual([])
      const swScript = await page.request.get(new URL('/mockServiceWorker.js', url).href)
      expect(await swScript.text()).not.toContain('Mock Service Worker')
    } finally {
      await server.close()
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true })
  }
})

test('the embedded backend’s build ships MSW’s service worker as npx msw init wrote it', () => {
  expect(readFileSync(join(root, 'dist/mockServiceWorker.js'), 'utf8')).toBe(
    readFileSync(join(root, 'public/mockServiceWorker.js'), 'utf8'),
  )
})

test('the statuses’ meanings load with the first tooltip, not with the first page', async ({
  page,
}) => {
  const modules = JSON.parse(
    readFileSync(join(root, 'dist/.vite/chunk-modules.json'), 'utf8'),
  ) as Record<string, string[]>
  const meaningChunks = Object.entries(modules)
    .filter(([, ids]) => ids.some((id) => id.startsWith('src/domain/catalog/meanings/')))
    .map(([file]) => file)
  expect(meaningChunks.length).toBeGreaterThan(0)
  const scripts: string[] = []
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.url())
  })
  const loadedMeanings = () =>
    scripts.filter((url) => meaningChunks.some((file) => url.endsWith(file)))
  await page.goto('/calls')
  const table = page.getByRole('table', { name: 'Activity Log' })
  await expect(table.locator('[role=row][data-index="0"]')).toBeVisible()
  await page.waitForLoadState('networkidle')
  expect(loadedMeanings()).toEqual([])
  await table.locator('[role=row][data-index="0"] [data-status]').first().hover()
  await expect(page.getByRole('tooltip')).toBeVisible()
  expect(loadedMeanings().length).toBeGreaterThan(0)
})

test('the Import dialog loads when Import is pressed, not with the first page', async ({
  page,
}) => {
  const modules = JSON.parse(
    readFileSync(join(root, 'dist/.vite/chunk-modules.json'), 'utf8'),
  ) as Record<string, string[]>
  const importChunks = Object.entries(modules)
    .filter(([, ids]) =>
      ids.some((id) => id.startsWith('src/features/import/import-dialog')),
    )
    .map(([file]) => file)
  expect(importChunks.length).toBeGreaterThan(0)
  const scripts: string[] = []
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.url())
  })
  const loaded = () =>
    scripts.filter((url) => importChunks.some((file) => url.endsWith(file)))
  await page.goto('/calls')
  const table = page.getByRole('table', { name: 'Activity Log' })
  await expect(table.locator('[role=row][data-index="0"]')).toBeVisible()
  await page.waitForLoadState('networkidle')
  expect(loaded()).toEqual([])
  await page.getByRole('button', { name: 'Import' }).click()
  await expect(page.getByRole('dialog', { name: 'Import your own logs' })).toBeVisible()
  expect(loaded().length).toBeGreaterThan(0)
})
