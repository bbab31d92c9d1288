/**
 * zod compiles fast validators with `new Function` when it may; the app's Content-Security-Policy does
 * not allow that (no 'unsafe-eval'), and even zod's probe for it is reported as a violation. In the
 * browser we ask for the plain validators instead. Import this before anything that parses. The page
 * also sets the same flag in public/zod-jitless.js, before any module runs, because a shared chunk
 * may build schemas before this module's code is reached.
 */
import { config } from 'zod'

config({ jitless: true })
