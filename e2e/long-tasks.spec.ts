// Frozen frames while the date slider moves (issue 15): with the CPU slowed 4× through the DevTools
// protocol (a mid-range phone), step the scenario slider 20 times on /, /route and /itinerary, and
// the delay on /compare, and record every main-thread task over 50 ms. The figures go to the report;
// the test fails past 100 ms (twice the target), so a busy 2-core machine does not make it flaky.
// Each task is reported with when it began after the first step, to tell a step from an answer.
// Focusing the control scrolls it into view, and the sections it reveals are drawn for the first time
// (the compare page's sections skip rendering off screen): that is scrolling, not dragging, so the
// page is given a second to draw them before the recording starts.
import { expect, test, type Page } from '@playwright/test'

const THROTTLE = 4
const STEPS = 20
const LIMIT_MS = 100

declare global {
  interface Window {
    longTasks: Array<{ ms: number; at: number }>
    firstStepAt: number
  }
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    window.longTasks = []
    window.firstStepAt = 0
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        window.longTasks.push({ ms: Math.round(entry.duration), at: Math.round(entry.startTime - window.firstStepAt) })
    }).observe({ type: 'longtask', buffered: true })
  })
})

/** Steps `control` with the keyboard, a step every 80 ms (a drag), and returns the long tasks meanwhile. */
async function stepAndRecord(page: Page, control: ReturnType<Page['getByTestId']>, key: string) {
  const cdp = await page.context().newCDPSession(page)
  await control.focus()
  await page.waitForTimeout(1000)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE })
  await page.evaluate(() => {
    window.longTasks = []
    window.firstStepAt = performance.now()
  })
  for (let i = 0; i < STEPS; i++) {
    await page.keyboard.press(key)
    await page.waitForTimeout(80)
  }
  // Let the last answer arrive and render.
  await page.waitForTimeout(2000)
  const tasks = await page.evaluate(() => window.longTasks)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
  return tasks
}

const report = (tasks: Array<{ ms: number; at: number }>) =>
  `long tasks (ms): ${tasks.length ? tasks.map((t) => `${t.ms} (at +${t.at} ms)`).join(', ') : 'none'}`

const pages = [
  { path: '/?date=2024-06-01', ready: 'network-map' },
  { path: '/route?from=hanoi&to=vinh-nghiem-pagoda&date=2024-06-01', ready: 'route-result' },
  {
    path: '/itinerary?start=hanoi&visit=con-son-pagoda,kiep-bac-temple,vinh-nghiem-pagoda&date=2024-06-01',
    ready: 'trip-result',
  },
] as const

for (const { path, ready } of pages) {
  test(`${path.split('?')[0]}: dragging the date slider 20 steps at 4× CPU slowdown freezes no frame past ${LIMIT_MS} ms`, async ({
    page,
  }, info) => {
    await page.setViewportSize({ width: 1366, height: 800 })
    await page.goto(path + '&lang=en')
    await expect(page.getByTestId(ready)).toBeVisible({ timeout: 30_000 })
    if (ready !== 'network-map') await expect(page.getByTestId(ready)).toHaveAttribute('data-state', 'done')
    const bar = page.getByTestId('scenario-bar')
    if (!(await bar.evaluate((d) => (d as HTMLDetailsElement).open))) await page.getByTestId('scenario-summary').click()
    await page.waitForTimeout(1000)
    const before = await page.getByTestId('scenario-day').textContent()
    const tasks = await stepAndRecord(page, page.getByTestId('timeline'), 'ArrowRight')
    // The slider did move, and the page shows the answer for the new day.
    await expect(page.getByTestId('scenario-day')).not.toHaveText(before!)
    if (ready !== 'network-map') await expect(page.getByTestId(ready)).toHaveAttribute('data-state', 'done')
    const figures = report(tasks)
    await info.attach('long tasks', { body: figures, contentType: 'text/plain' })
    console.log(`${path.split('?')[0]} ${figures}`)
    expect(Math.max(0, ...tasks.map((t) => t.ms))).toBeLessThanOrEqual(LIMIT_MS)
  })
}

test(`/compare: stepping the delay 20 months at 4× CPU slowdown freezes no frame past ${LIMIT_MS} ms`, async ({
  page,
}, info) => {
  await page.setViewportSize({ width: 1366, height: 800 })
  await page.goto('/compare?before=today&after=full-vision&lang=en')
  await expect(page.getByTestId('delay-section')).toBeVisible({ timeout: 30_000 })
  await expect(page.getByTestId('delay-result')).toHaveAttribute('data-state', 'done', { timeout: 30_000 })
  // The page has finished loading (every section answered and drawn) before the stepping starts.
  await expect(page.getByTestId('compare-result')).toHaveAttribute('data-state', 'done', { timeout: 30_000 })
  await expect(page.getByTestId('day-trips')).toBeVisible({ timeout: 30_000 })
  await page.waitForTimeout(1500)
  const tasks = await stepAndRecord(page, page.getByTestId('delay-months'), 'ArrowUp')
  await expect(page.getByTestId('delay-months')).not.toHaveValue('0')
  await expect(page.getByTestId('delay-result')).toHaveAttribute('data-state', 'done')
  const figures = report(tasks)
  await info.attach('long tasks', { body: figures, contentType: 'text/plain' })
  console.log(`/compare ${figures}`)
  expect(Math.max(0, ...tasks.map((t) => t.ms))).toBeLessThanOrEqual(LIMIT_MS)
})
