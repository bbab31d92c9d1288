import { chromium } from '@playwright/test'
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--enable-unsafe-swiftshader'],
})
const page = await browser.newPage({
  viewport: { width: Number(process.argv[4] ?? 1280), height: Number(process.argv[5] ?? 900) },
})
const errors = []
page.on('pageerror', (e) => errors.push(e.message))
page.on('console', (m) => {
  if (m.type() === 'error') errors.push(m.text())
})
await page.goto(process.argv[2])
await page.waitForSelector('[data-state=idle]', { timeout: 15000 }).catch(() => console.log('no idle map'))
await page.waitForTimeout(800)
await page.screenshot({ path: process.argv[3], fullPage: true })
console.log('errors:', errors)
await browser.close()
