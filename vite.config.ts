/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite'
import react from '@vitejs/plugin-react'

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

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  build: { chunkSizeWarningLimit: 1200 },
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'tests/**/*.test.ts'],
    // Property tests run hundreds of cases; on a busy 2-core CI machine the 5 s default is too tight,
    // and speed is measured by `npm run bench`, never asserted by a timeout.
    testTimeout: 60_000,
  },
})
