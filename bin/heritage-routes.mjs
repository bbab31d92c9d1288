#!/usr/bin/env node
// Installed entry point of the command line. Runs the bundle built ahead of time (build/cli/main.mjs,
// by `npm run build` and on install), which starts in a fraction of the time; without it (a fresh
// checkout before any build), runs the TypeScript sources through tsx's loader.
import { existsSync } from 'node:fs'

const bundled = new URL('../build/cli/main.mjs', import.meta.url)
if (existsSync(bundled)) {
  await import(bundled.href)
} else {
  const { register } = await import('tsx/esm/api')
  register()
  await import('../src/cli/main.ts')
}
