#!/usr/bin/env node
// Installed entry point of the command line. Runs the bundle built ahead of time
// (build/cli/main.cjs, by `npm run build` and on install) with V8's code cache of it, so a start
// neither compiles TypeScript nor recompiles the bundle; without the bundle (a fresh checkout before
// any build), runs the TypeScript sources through tsx's loader.
// CommonJS on purpose: an ES module entry starts Node's module loader and builds ES facades of the
// built-in modules it imports (node:fs's loads the streams), about 10 ms of a 0.2 s start.
'use strict'
const { existsSync, readFileSync, writeFileSync } = require('node:fs')
const { createRequire } = require('node:module')
const { dirname, join } = require('node:path')
const { pathToFileURL } = require('node:url')
const { Script } = require('node:vm')

const bundle = join(__dirname, '..', 'build', 'cli', 'main.cjs')
if (existsSync(bundle)) {
  const cacheFile = `${bundle}.v8cache`
  const writeCache = process.env.HERITAGE_ROUTES_WRITE_CODE_CACHE === '1'
  const cachedData = !writeCache && existsSync(cacheFile) ? readFileSync(cacheFile) : undefined
  // The bundle is CommonJS: wrapped as Node wraps a module, compiled with the cache when V8 accepts it.
  const source = readFileSync(bundle, 'utf8')
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`
  const script = new Script(wrapped, { filename: bundle, cachedData })
  // Written after the run, so the cache also holds the functions that run compiled.
  if (writeCache) process.once('exit', () => writeFileSync(cacheFile, script.createCachedData()))
  const module = { exports: {} }
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle))
} else {
  import('tsx/esm/api')
    .then(({ register }) => {
      register()
      return import(pathToFileURL(join(__dirname, '..', 'src', 'cli', 'main.ts')).href)
    })
    .catch((error) => {
      console.error(error)
      process.exitCode = 1
    })
}
