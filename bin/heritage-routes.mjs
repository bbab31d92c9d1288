#!/usr/bin/env node
// Installed entry point of the command line: runs the TypeScript CLI through tsx's loader.
import { register } from 'tsx/esm/api'

register()
await import('../src/cli/main.ts')
