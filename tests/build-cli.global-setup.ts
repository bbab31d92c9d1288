// Before the tests: build the command line's bundle from the current sources, so the tests that run
// `bin/heritage-routes.cjs` as a user would (tests/hostile-input.test.ts) run what is installed, and
// never a bundle older than the code.
import { execFileSync } from 'node:child_process'

export default function setup() {
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { stdio: 'ignore' })
}
