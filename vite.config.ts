/// <reference types="vitest/config" />
import { rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath, URL } from 'node:url'
import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig, loadEnv, type HtmlTagDescriptor, type Plugin } from 'vite'

/** The production policy: no inline or remote script, ever. */
function contentSecurityPolicy(
  apiBaseUrl: string | undefined,
  forHeader: boolean,
): string {
  const api = apiBaseUrl ? ` ${new URL(apiBaseUrl).origin}` : ''
  return [
    "default-src 'self'",
    "script-src 'self'",
    // Radix's scroll lock (react-remove-scroll) adds a <style> element while a
    // dialog is open; the CSP browser test fails without this. Styles run no code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${api}`,
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // Only honoured as a header; a meta tag with it logs a warning.
    ...(forHeader ? ["frame-ancestors 'none'"] : []),
  ].join('; ')
}

/** Writes dist/.vite/chunk-modules.json: the source modules inside each emitted chunk. */
function chunkModules(): Plugin {
  return {
    name: 'callboard-chunk-modules',
    apply: 'build',
    generateBundle(_options, bundle) {
      const root = process.cwd()
      const modules: Record<string, string[]> = {}
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue
        modules[output.fileName] = output.moduleIds.map((id) =>
          id.startsWith(root) ? id.slice(root.length + 1) : id,
        )
      }
      this.emitFile({
        type: 'asset',
        fileName: '.vite/chunk-modules.json',
        source: JSON.stringify(modules, null, 1),
      })
    },
  }
}

/**
 * A build for a real backend ships no mock: MSW's service worker, which
 * Vite copies from public/ like any static file, is taken out of it again.
 */
function withoutMockServiceWorker(apiBaseUrl: string | undefined): Plugin {
  let outDir = ''
  return {
    name: 'callboard-without-mock-service-worker',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    closeBundle() {
      if (apiBaseUrl) rmSync(join(outDir, 'mockServiceWorker.js'), { force: true })
    },
  }
}

/**
 * The landing page's code (/ opens the Activity Log) downloads alongside the
 * entry, instead of once the entry has run and the router asked for it.
 */
function preloadChunksOf(entry: string): Plugin {
  return {
    name: 'callboard-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        const chunks = Object.values(bundle ?? {}).filter((o) => o.type === 'chunk')
        const files = new Set<string>()
        const visit = (fileName: string) => {
          const chunk = chunks.find((c) => c.fileName === fileName)
          if (!chunk || files.has(fileName)) return
          files.add(fileName)
          chunk.imports.forEach(visit)
        }
        const root = chunks.find((c) => c.facadeModuleId?.endsWith(entry))
        if (root) visit(root.fileName)
        return [...files]
          .filter((file) => !html.includes(`/${file}"`))
          .map((file): HtmlTagDescriptor => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
            injectTo: 'head',
          }))
      },
    },
  }
}

/** Test files that set the process's time zone before importing what they test. */
const zoneFiles = 'test/**/*-{dst,tz}.test.ts'

/** Test files that mock modules (vi.mock): each needs a module graph of its own. */
const isolatedFiles = [
  'test/mocks/browser.test.ts',
  'test/app/section-error.test.tsx',
  'test/features/filters/chips-preload.test.tsx',
  'test/app/log-route.test.tsx',
  'test/features/filters/facet-filter.test.tsx',
  'test/features/insights/histogram/volume-histogram.test.tsx',
]

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_')
  const apiBaseUrl = env.VITE_API_BASE_URL || undefined
  return {
    plugins: [
      react(),
      tailwindcss(),
      {
        // The dev server injects inline scripts (React refresh), so the policy
        // is only written into the production build and sent by `vite preview`.
        name: 'callboard-csp',
        apply: 'build',
        transformIndexHtml: (html) =>
          html.replace(
            '<meta charset="UTF-8" />',
            `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(apiBaseUrl, false)}" />`,
          ),
      },
      chunkModules(),
      withoutMockServiceWorker(apiBaseUrl),
      preloadChunksOf('/src/app/routes/calls-route.tsx'),
    ],
    resolve: {
      alias: {
        '@': fileURLToPath(new URL('./src', import.meta.url)),
        // React 19 has useSyncExternalStore: libraries written for React 17 need no shim.
        'use-sync-external-store/shim/with-selector':
          'use-sync-external-store/with-selector',
      },
    },
    server: { host: '127.0.0.1', port: 5173 },
    preview: {
      host: '127.0.0.1',
      port: 4173,
      headers: { 'Content-Security-Policy': contentSecurityPolicy(apiBaseUrl, true) },
    },
    build: {
      target: 'es2022',
      // Every browser the es2022 target reaches supports modulepreload.
      modulePreload: { polyfill: false },
      sourcemap: false,
      // The bundle checks (test/bench) read the manifest and which modules each chunk holds.
      manifest: true,
      rolldownOptions: {
        output: {
          // The chunk that holds recharts (shared by Insights and the log's
          // histogram) is named for it, not for the first of our modules in it.
          chunkFileNames: ({ moduleIds, isDynamicEntry }) =>
            !isDynamicEntry &&
            moduleIds.some((id) => id.includes('/node_modules/recharts/'))
              ? 'assets/recharts-[hash].js'
              : 'assets/[name]-[hash].js',
          codeSplitting: {
            groups: [
              {
                // Everything the entry imports statically loads on every page anyway:
                // in the entry's own chunk it is one download compressed as a whole,
                // not ten small chunks (the router, React Query, zod) each gzipped
                // alone. Listed first, so it takes such modules from the group below.
                name: 'app',
                tags: ['$initial'],
              },
              {
                // Small modules every log page loads at once (the API's log and stats
                // code, formatting, the histogram's query and bar geometry): one chunk rather than six.
                name: 'log-data',
                test: /src\/(lib\/format|api\/(logs|log-params|wire-status|call-schema|text-schema|log-page-schema|stats|stats-schema)|features\/insights\/(stats-query|chart-kit\/bucket-label)|domain\/insights\/(outcome-order|time-brush))\.tsx?$|zod\/v4\/mini\/iso/,
              },
            ],
          },
        },
      },
    },
    test: {
      globals: false,
      css: false,
      restoreMocks: true,
      unstubGlobals: true,
      testTimeout: 20_000,
      // One fast-check seed per run, printed: see test/support/property-seed.ts.
      globalSetup: ['./test/support/property-seed-global.ts'],
      setupFiles: ['./test/support/setup-property-seed.ts'],
      // Both cores: vitest's default leaves one free, which on 2 cores is one worker.
      maxWorkers: process.env.VITEST_MAX_WORKERS ?? '100%',
      // Projects by what a file needs (see "Where the test time goes" in the README):
      // logic in node sharing one module graph per worker, components in jsdom,
      // and a fresh module graph only for the files that mock modules.
      projects: [
        {
          extends: true,
          test: {
            name: 'logic',
            environment: 'node',
            include: ['test/**/*.test.ts'],
            exclude: [...isolatedFiles, zoneFiles],
            isolate: false,
          },
        },
        {
          extends: true,
          test: {
            name: 'dom',
            environment: 'jsdom',
            include: ['test/**/*.test.tsx'],
            exclude: isolatedFiles,
            setupFiles: ['./test/setup.ts'],
            isolate: false,
          },
        },
        {
          // Files that set the process's time zone before importing the code under test.
          extends: true,
          test: { name: 'zone', environment: 'node', include: [zoneFiles] },
        },
        {
          extends: true,
          test: {
            name: 'isolated',
            environment: 'jsdom',
            include: isolatedFiles,
            setupFiles: ['./test/setup.ts'],
          },
        },
      ],
    },
  }
})
