/// <reference types="vitest/config" />
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

export default defineConfig({
  plugins: [react()],
  build: { chunkSizeWarningLimit: 1200 },
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'tests/**/*.test.ts'],
    // Property tests run hundreds of cases; on a busy 2-core CI machine the 5 s default is too tight,
    // and speed is measured by `npm run bench`, never asserted by a timeout.
    testTimeout: 60_000,
  },
})
