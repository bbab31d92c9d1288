import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { collectErrors, expectAccessible, openScenario, waitForMap } from './helpers.ts'

/** The same question asked of the command line (the core outside the browser), for expected numbers. */
function cli(...args: string[]) {
  return JSON.parse(execFileSync('npx', ['tsx', 'src/cli/main.ts', ...args, '--json'], { encoding: 'utf8' }))
}

async function done(page: Page) {
  await expect(page.getByTestId('compare-result')).toHaveAttribute('data-state', 'done', { timeout: 20_000 })
}
const stat = (page: Page, kind: string) => page.locator(`[data-testid=compare-stats] [data-kind=${kind}] strong`)

/** Visible text that looks like an untranslated message key (`compare.kinds.faster`). */
async function rawKeys(page: Page) {
  const text = await page.locator('main').innerText()
  return text.match(/\b(compare|delay|critical|changeMap|assumed|charts|table|projects|scenario)\.[a-zA-Z]+/g) ?? []
}

test.describe('before and after', () => {
  test('swapping before and after reports the slower pairs, with the numbers the CLI gives', async ({ page }) => {
    const forward = cli('compare', '--before', 'agreement-2023', '--after', 'full-vision', '--format', 'json')
    const errors = collectErrors(page)
    await page.goto('/compare?before=agreement-2023&after=full-vision&lang=en')
    await done(page)
    await expect(stat(page, 'faster')).toHaveText(String(forward.summary.faster))
    await expect(stat(page, 'slower')).toHaveText('0')
    await page.getByTestId('swap-sides').click()
    await expect(page).toHaveURL(/before=full-vision/)
    await expect(page).toHaveURL(/after=agreement-2023/)
    await done(page)
    await expect(stat(page, 'slower')).toHaveText(String(forward.summary.faster))
    await expect(stat(page, 'faster')).toHaveText('0')
    await expect(page.getByTestId('compare-stats')).toContainText(`${forward.summary.faster} trips slower`)
    await expect(page.getByTestId('compare-summary')).not.toContainText('same travel times')
    await expect(page.getByTestId('within-day')).toContainText(
      `${forward.summary.withinDayAfter} of ${forward.summary.heritagePairs} before, ${forward.summary.withinDayBefore} after`,
    )
    expect(errors).toEqual([])
  })

  test('each side is a full scenario: a date, projects added or removed, shared assumed dates', async ({ page }) => {
    await page.goto('/compare?lang=en')
    await done(page)
    await page.getByTestId('before').selectOption('today')
    await page.getByTestId('after').selectOption('today')
    await page
      .getByTestId('side-after')
      .getByText(/of 9 projects open/)
      .click()
    await page.locator('[data-side-project="after:luc-nam-bridge"]').click()
    await expect(page.locator('[data-side-project="after:luc-nam-bridge"]')).toBeChecked()
    await page.locator('[data-side-project="after:con-son-kiep-bac-connector"]').click()
    await expect(page.locator('[data-side-project="after:con-son-kiep-bac-connector"]')).toBeChecked()
    await expect(page).toHaveURL(
      /after-with=con-son-kiep-bac-connector%2Cluc-nam-bridge|after-with=con-son-kiep-bac-connector,luc-nam-bridge/,
    )
    await done(page)
    const expected = cli(
      'compare',
      '--before',
      'today',
      '--after',
      'today',
      '--after-with',
      'luc-nam-bridge,con-son-kiep-bac-connector',
      '--format',
      'json',
    )
    await expect(stat(page, 'faster')).toHaveText(String(expected.summary.faster))
    await expect(page.getByTestId('compare-scenarios')).toContainText('+ Hải Dương connector')
    // The global scenario bar is not shown here: one set of controls.
    await expect(page.getByTestId('timeline')).toHaveCount(0)
    // A date on the before side, with an assumed date for the undated Cẩm Lý bridge.
    await page.getByTestId('before').selectOption('date')
    await page.getByLabel('Before: day').fill('2029-01-01')
    await page.locator('.compare-assumed > summary').click()
    await page.locator('[data-testid=compare-assumed] [data-assume="cam-ly-bridge"]').fill('2028-06')
    await expect(page).toHaveURL(/assume=cam-ly-bridge%402028-06|assume=cam-ly-bridge@2028-06/)
    await done(page)
    await expect(page.getByTestId('compare-scenarios')).toContainText(
      'assuming Cẩm Lý road bridge separate from the railway opens Jun 2028',
    )
  })

  test('explains why the waterway changes nothing, with the boat against the road', async ({ page }) => {
    await page.goto('/compare?lang=en')
    await done(page)
    const row = page.getByTestId('projects-impact').locator('tr', { hasText: 'Kiếp Bạc – Vĩnh Nghiêm passenger boat' })
    await expect(row).toContainText(
      /Kiếp Bạc temple → Vĩnh Nghiêm pagoda through Kiếp Bạc – Vĩnh Nghiêm boat .* takes 1 h \d\d, including \d+ min of waiting and boarding/,
    )
    await row.getByRole('link', { name: 'See this route' }).first().click()
    await expect(page).toHaveURL(
      /\/route\?.*from=kiep-bac-temple.*to=vinh-nghiem-pagoda|\/route\?.*with=kiep-bac-vinh-nghiem-waterway/,
    )
    // The boat is among the routes offered (1 h 35 against 1 h 09 by road today).
    await expect(page.getByRole('group', { name: 'Routes' })).toContainText('1 h 35', { timeout: 15_000 })
  })

  test('delaying the Lục Nam bridge: assume its dates, then read the cost the CLI also gives', async ({ page }) => {
    const expected = cli(
      'timeline',
      '--assume',
      'luc-nam-bridge=2028-06',
      '--assume',
      'con-son-kiep-bac-connector=2028-01',
      '--delay',
      'luc-nam-bridge=12',
    )
    await page.goto('/compare?lang=en')
    await page.getByTestId('delay-project').selectOption('luc-nam-bridge')
    await expect(page.getByTestId('delay-section')).toContainText('has no announced date')
    await page.getByTestId('delay-assume').fill('2028-06')
    await expect(page.getByTestId('delay-why')).toContainText('it needs Hải Dương connector')
    await page.locator('[data-assume-partner="con-son-kiep-bac-connector"]').fill('2028-01')
    await expect(page).toHaveURL(
      /assume=con-son-kiep-bac-connector%402028-01%2Cluc-nam-bridge%402028-06|assume=con-son-kiep-bac-connector@2028-01,luc-nam-bridge@2028-06/,
    )
    const cost = page.getByTestId('delay-cost')
    await expect(cost).toContainText(
      'Delaying Lục Nam river bridge towards the Côn Sơn – Kiếp Bạc road by 12 months (opening Jun 2029 instead of Jun 2028)',
      { timeout: 15_000 },
    )
    await expect(cost).toContainText('(Jun 2028 is an assumed date.)')
    await expect(cost).toContainText(`${expected.delay.cost.tripsAffected} trips are slower for 12 months`)
    await page.getByTestId('delay-months').fill('24')
    await expect(cost).toContainText('by 24 months')
    await expect(page.getByTestId('chart-delay').locator('svg path').first()).toBeVisible()
  })

  test('downloads every pair as CSV and the report as markdown', async ({ page }) => {
    await page.goto('/compare?lang=en')
    await done(page)
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-csv').click()])
    expect(csv.suggestedFilename()).toMatch(/^compare-\d{4}-\d{2}-\d{2}\.csv$/)
    const text = readFileSync((await csv.path())!, 'utf8').replace(/^\uFEFF/, '')
    const lines = text.trim().split('\n')
    expect(lines[0]).toMatch(/^from,to,from_name,to_name,change,before_minutes,after_minutes/)
    expect(lines).toHaveLength(1 + (23 * 22) / 2)
    const [md] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-md').click()])
    const report = readFileSync((await md.path())!, 'utf8')
    expect(report.split('\n')[0]).toBe('# Before and after: Agreement signed (2023) → Every project built')
    expect(report).toContain('## Critical links (after)')
  })

  test('the pairs table filters by place and kind, sorts and pages, all in the address', async ({ page }) => {
    await page.goto('/compare?lang=en')
    await done(page)
    const table = page.getByTestId('pairs')
    await expect(table.locator('tbody tr')).toHaveCount(25)
    await page.getByTestId('pairs-place').selectOption('vinh-nghiem-pagoda')
    await expect(page).toHaveURL(/pairs-place=vinh-nghiem-pagoda/)
    await expect(table.locator('tbody tr').first()).toContainText('Vĩnh Nghiêm')
    await expect(table.locator('tbody tr').filter({ hasNotText: 'Vĩnh Nghiêm' })).toHaveCount(0)
    await page.getByTestId('pairs-kind').selectOption('all')
    await expect(table.locator('caption')).toContainText('22 pairs of 253')
    await table.getByRole('button', { name: /^From/ }).click()
    await expect(table.locator('th[aria-sort]')).toHaveAttribute('aria-sort', 'ascending')
    await expect(page).toHaveURL(/pairs-sort=from/)
  })

  for (const lang of ['en', 'vi'] as const) {
    test(`the map of change and every chart render with their tables (${lang})`, async ({ page }) => {
      const errors = collectErrors(page)
      await page.goto(`/compare?lang=${lang}&delay=dong-viet-bridge@12`)
      await done(page)
      await expect(page.getByTestId('change-map')).toHaveAttribute('data-state', 'idle', { timeout: 20_000 })
      expect(Number(await page.getByTestId('change-map').getAttribute('data-rendered-places'))).toBeGreaterThan(10)
      await expect(page.getByTestId('change-legend').locator('li')).toHaveCount(15)
      for (const id of ['chart-project-trips', 'chart-project-minutes', 'chart-reach', 'chart-delay']) {
        const chart = page.getByTestId(id)
        await expect(chart.locator('svg[role=img]')).toBeVisible({ timeout: 15_000 })
        await chart.locator('details summary').click()
        await expect(chart.locator('details table tbody tr').first()).toBeVisible()
      }
      await page.getByTestId('change-table').locator('summary').click()
      await expect(page.getByTestId('change-table').locator('tbody tr')).toHaveCount(22)
      await expect(page.getByTestId('day-trips').locator('tbody tr')).toHaveCount(4, { timeout: 30_000 })
      expect(await rawKeys(page)).toEqual([])
      await page.screenshot({ path: `screenshots/compare-${lang}.png`, fullPage: true })
      expect(errors).toEqual([])
      await expectAccessible(page)
    })
  }

  test('on a 360 px phone in Vietnamese nothing is wider than the screen', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 })
    await page.goto('/compare?lang=vi')
    await done(page)
    await expect(page.getByTestId('chart-project-trips').locator('svg[role=img]')).toBeVisible({ timeout: 15_000 })
    // Evaluated in the page: the document's width must not exceed the screen's.
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360)
    await page.screenshot({ path: 'screenshots/compare-phone-vi.png', fullPage: true })
  })

  test('a bad scenario in the address gives a notice and the default', async ({ page }) => {
    await page.goto('/compare?before=yesterday&after=2025-02-30&assume=dong-viet-bridge@2030-01&delay=nope@5&lang=en')
    await expect(page.getByText('Ignored "yesterday" for before')).toBeVisible()
    await expect(page.getByText('Ignored "2025-02-30" for after')).toBeVisible()
    await expect(page.getByText('Ignored the assumed date for "dong-viet-bridge"')).toBeVisible()
    await expect(page.getByText('Ignored "nope@5" for delay')).toBeVisible()
    await done(page)
  })
})

test.describe('projects', () => {
  test('the projects timeline marks promised, real and assumed dates, with what each changes', async ({ page }) => {
    await page.goto('/projects?lang=en&assume=kiep-bac-vinh-nghiem-waterway@2028-06')
    const row = page.getByTestId('project-timeline').locator('[data-project=dong-viet-bridge]')
    await expect(row.locator('.marker-promised')).toContainText('Promised (2023) Sep 2024')
    await expect(row.locator('.marker-expected')).toContainText('Opened Jul 2025')
    await expect(row.locator('.timeline-late')).toHaveCount(1)
    await expect(
      page.getByTestId('project-timeline').locator('[data-project=kiep-bac-vinh-nghiem-waterway] .marker-assumed'),
    ).toContainText('Assumed Jun 2028')
    const table = page.getByTestId('projects-table')
    await expect(table.locator('tr', { hasText: 'Đồng Việt' })).toContainText(/Without it, \d+ trips would be slower/, {
      timeout: 15_000,
    })
    await expect(table.locator('tr', { hasText: 'Đồng Việt' })).toContainText('10 months late')
    await expect(table.locator('tr', { hasText: 'passenger boat' })).toContainText('takes 1 h')
    await expectAccessible(page)
  })

  test('a project page states its baseline plainly', async ({ page }) => {
    await page.goto('/projects/dong-viet-bridge?lang=en')
    await expect(page.getByTestId('baseline')).toContainText("Compared with today's network")
    await expect(page.getByTestId('baseline')).toContainText(
      'open today, so these are what the network would lose without it',
    )
    await page.goto('/projects/kiep-bac-vinh-nghiem-waterway?lang=vi')
    await expect(page.getByTestId('baseline')).toContainText('dự án chưa mở, nên được thêm riêng vào')
    await expect(page.getByTestId('impact-reason')).toContainText('mất 1 giờ')
    await waitForMap(page)
    await expectAccessible(page)
  })

  test('assuming a date for the waterway and moving the slider past it opens it', async ({ page }) => {
    await page.goto('/route?lang=en&date=2027-01-01')
    await openScenario(page, true)
    const toggle = page.locator('[data-project-toggle="kiep-bac-vinh-nghiem-waterway"]')
    await expect(toggle).not.toBeChecked()
    await page.locator('[data-assume="kiep-bac-vinh-nghiem-waterway"]').first().fill('2028-06')
    await expect(page).toHaveURL(
      /assume=kiep-bac-vinh-nghiem-waterway%402028-06|assume=kiep-bac-vinh-nghiem-waterway@2028-06/,
    )
    await expect(page.locator('.timeline-markers .marker-assumed')).toHaveCount(1)
    await expect(toggle).not.toBeChecked()
    await page
      .getByTestId('timeline')
      .fill(String(Math.round((Date.UTC(2029, 0, 1) - Date.UTC(2023, 0, 1)) / 86_400_000)))
    await expect(page.getByTestId('scenario-day')).toHaveText('Mon, 1 Jan 2029')
    await expect(toggle).toBeChecked()
    await expect(page.getByTestId('scenario-label')).toContainText(
      'assuming Kiếp Bạc – Vĩnh Nghiêm passenger boat opens Jun 2028',
    )
  })
})
