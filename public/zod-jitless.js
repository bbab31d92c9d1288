// Runs before any module: tells zod not to compile validators with `new Function` (the
// Content-Security-Policy forbids eval, and even zod's probe for it is reported as a violation).
// zod reads this global when it loads; the app's chunks may build schemas before any module code
// could call zod's `config()`, so it has to be set here, first. The CSP test in e2e/ guards it.
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true })
