import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { defineConfig } from '@playwright/test'
import { chromiumLaunchOptions } from './support/chromium'
import { portFromEnv } from './support/free-port'

const root = fileURLToPath(new URL('../..', import.meta.url))
// A free port unless E2E_PORT names one; workers read the same one from the environment.
const port = await portFromEnv('E2E_PORT')
const preview = `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  // Traces and screenshots of failures (git-ignored), kept by CI.
  outputDir: '../../test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: process.env.E2E_WORKERS ? Number(process.env.E2E_WORKERS) : 2,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: chromiumLaunchOptions(),
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: {
    // The browser tests run against the production build; build it if it is missing.
    command: existsSync(`${root}dist/index.html`)
      ? preview
      : `npm run build && ${preview}`,
    cwd: root,
    url: `http://127.0.0.1:${port}/calls`,
    // Never another process's server: --strictPort makes ours exit if the port is
    // taken, and Playwright then stops instead of testing whatever answers there.
    reuseExistingServer: false,
    timeout: 180_000,
  },
})
