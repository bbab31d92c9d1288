// Draws the app icons (public/icon-*.png) from public/favicon.svg with the local Chromium:
// `node scripts/make-icons.mjs`. Run again after changing the favicon.
import { chromium } from '@playwright/test'
import { readFileSync } from 'node:fs'
const svg = readFileSync('./public/favicon.svg', 'utf8')
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox'] })
const page = await browser.newPage()
for (const [size, maskable] of [
  // The tab's icon: Chromium fetches and decodes it on the page's main thread after every change of
  // address (a slider step that rewrites the query), so it is kept small (32 px decodes in well under
  // a millisecond; the 192 px one took 7 ms, 30 ms at 4x CPU slowdown).
  [32, false],
  [192, false],
  [512, false],
  [512, true],
]) {
  await page.setViewportSize({ width: size, height: size })
  // A maskable icon keeps its drawing inside the central 80% safe zone, on a full-bleed background.
  const inner = maskable
    ? `<div style="width:${size}px;height:${size}px;background:#7a2e12;display:flex;align-items:center;justify-content:center"><img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}" style="width:${size * 0.7}px;height:${size * 0.7}px"></div>`
    : `<img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}" style="width:${size}px;height:${size}px;display:block">`
  await page.setContent(`<html><body style="margin:0;background:transparent">${inner}</body></html>`)
  await page.screenshot({
    path: `./public/icon-${size}${maskable ? '-maskable' : ''}.png`,
    omitBackground: !maskable,
    clip: { x: 0, y: 0, width: size, height: size },
  })
}
await browser.close()
