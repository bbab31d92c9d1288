/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite'
import react from '@vitejs/plugin-react'
import { VitePWA } from 'vite-plugin-pwa'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseDataset, parseTours, formatIssue } from './src/core/index.ts'

/**
 * Content-Security-Policy for the production build only (the dev server injects inline scripts).
 * Scripts and styles from our own origin only; the optional OpenStreetMap background is the one
 * outside source; workers from our origin (MapLibre 6 and the core worker are real files).
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob: https://tile.openstreetmap.org",
  "worker-src 'self' blob:",
  "connect-src 'self' https://tile.openstreetmap.org",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ')

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`,
      ),
  }
}

/**
 * `virtual:validated-data`: data/network.json and data/tours.json validated by the core at build time
 * (a build with an invalid dataset fails, naming its problems), as the parts `datasetFromParts`
 * assembles. The page's main thread then assembles the dataset without zod's validation; the worker
 * and the command line validate as before.
 */
function validatedData(): Plugin {
  const id = 'virtual:validated-data'
  const dataFile = fileURLToPath(new URL('./data/network.json', import.meta.url))
  const toursFile = fileURLToPath(new URL('./data/tours.json', import.meta.url))
  return {
    name: 'validated-data',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load(loadId) {
      if (loadId !== `\0${id}`) return undefined
      this.addWatchFile(dataFile)
      this.addWatchFile(toursFile)
      const data = parseDataset(readFileSync(dataFile, 'utf8'), { keepParts: true })
      if (!data.ok || !data.parts) {
        const problems = data.ok ? [] : data.errors.slice(0, 10).map(formatIssue)
        this.error(`data/network.json is invalid:\n${problems.join('\n')}`)
      }
      const tours = parseTours(readFileSync(toursFile, 'utf8'), data.dataset)
      if (!tours.ok) this.error(`data/tours.json is invalid:\n${tours.errors.map(formatIssue).join('\n')}`)
      return `export const parts = ${JSON.stringify(data.parts)}\nexport const tours = ${JSON.stringify(tours.tours)}\n`
    },
  }
}

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicy(),
    validatedData(),
    // Installable and offline after one visit: every built file is precached (the app, the embedded
    // network, the map library and its style, the workers); routes fall back to index.html. A new
    // version installs in the background and takes over at the next visit (no skipWaiting), so an open
    // page never loses the files it runs on; saved tours live in IndexedDB, outside the caches.
    VitePWA({
      injectRegister: null,
      registerType: 'prompt',
      includeAssets: ['favicon.svg', 'icon-32.png', 'zod-jitless.js'],
      manifest: {
        name: 'Heritage routes — Yên Tử · Vĩnh Nghiêm · Côn Sơn, Kiếp Bạc',
        short_name: 'Heritage routes',
        description:
          'Routes and trips across the Yên Tử – Vĩnh Nghiêm – Côn Sơn, Kiếp Bạc heritage area, on built and planned links.',
        lang: 'vi',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#fbf8f2',
        theme_color: '#7a2e12',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icon-512-maskable.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,mjs,css,html,svg,png,webmanifest}'],
        navigateFallback: '/index.html',
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: false,
      },
    }),
  ],
  build: {
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      treeshake: { manualPureFunctions: ['z'], moduleSideEffects: (id: string) => !/\/src\/core\//.test(id) },
    },
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'tests/**/*.test.ts'],
    globalSetup: ['tests/build-cli.global-setup.ts'],
    // Property tests run hundreds of cases; on a busy 2-core CI machine the 5 s default is too tight,
    // and speed is measured by `npm run bench`, never asserted by a timeout.
    testTimeout: 60_000,
  },
})
