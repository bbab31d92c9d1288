import { expect, test } from '@playwright/test'
import { collectErrors, expectAccessible, openScenario, waitForMap, expectRouteDrawn } from './helpers.ts'

test.describe('route planner', () => {
  test('plans a route by typing names without diacritics', async ({ page }) => {
    const errors = collectErrors(page)
    await page.goto('/route?lang=en')
    await page.getByTestId('from').fill('kiep bac')
    await page.getByRole('option', { name: /Kiếp Bạc temple/ }).click()
    await page.getByTestId('to').fill('vinh nghiem')
    await page.getByTestId('to').press('ArrowDown')
    await page.getByTestId('to').press('Enter')
    await expect(page).toHaveURL(/from=kiep-bac-temple/)
    await expect(page).toHaveURL(/to=vinh-nghiem-pagoda/)
    await expect(page.getByTestId('route-result')).toHaveAttribute('data-state', 'done')
    await expect(page.getByTestId('route-total')).toContainText('km')
    await expect(page.getByTestId('legs').locator('li').first()).toContainText('Kiếp Bạc temple')
    await expect(page.getByTestId('now-later')).toContainText('with every project')
    await waitForMap(page)
    await expectRouteDrawn(page)
    await page.screenshot({ path: 'screenshots/route.png', fullPage: true })
    expect(errors).toEqual([])
    await expectAccessible(page)
  })

  test('switches language, keeps it in the address, and remembers it', async ({ page }) => {
    await page.goto('/route?from=kiep-bac-temple&to=vinh-nghiem-pagoda&lang=en')
    await expect(page.getByRole('heading', { name: 'Plan a route' })).toBeVisible()
    await page.getByRole('button', { name: /VI/ }).click()
    await expect(page.getByRole('heading', { name: 'Tìm lộ trình' })).toBeVisible()
    await expect(page).toHaveURL(/lang=vi/)
    await expect(page.getByTestId('from')).toHaveValue('Đền Kiếp Bạc')
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi')
    await page.goto('/places')
    await expect(page.getByRole('heading', { name: 'Địa điểm', level: 1 })).toBeVisible()
    await page.screenshot({ path: 'screenshots/places-vi.png', fullPage: true })
  })

  test('moving the date across the Đồng Việt opening changes the route', async ({ page }) => {
    await page.goto('/route?from=bac-giang-city&to=kiep-bac-temple&date=2025-06-01&lang=en')
    const result = page.getByTestId('route-result')
    await expect(result).toHaveAttribute('data-state', 'done')
    await expect(page.getByTestId('relies-on')).toContainText('Uses only links that exist today')
    const before = await page.getByTestId('route-total').textContent()
    // 2025-07-01 is day 912 of the timeline (which starts on 2023-01-01)
    await openScenario(page)
    await page.getByTestId('timeline').fill('912')
    await expect(page.getByTestId('scenario-day')).toHaveText('Tue, 1 Jul 2025')
    await expect(page).toHaveURL(/date=2025-07-01/)
    await expect(page.getByTestId('relies-on')).toContainText('Đồng Việt bridge')
    await expect(page.getByTestId('route-total')).not.toHaveText(before!)
    await expect(page.getByTestId('legs')).toContainText('Hưng Đạo')
    await page.screenshot({ path: 'screenshots/route-after-dong-viet.png', fullPage: true })
  })

  test('a shared address opens the same state', async ({ page }) => {
    const url = '/route?from=con-son-pagoda&to=suoi-mo&scenario=full-vision&profile=coach&alt=1&lang=en'
    await page.goto(url)
    await expect(page.getByTestId('route-result')).toHaveAttribute('data-state', 'done')
    await expect(page.getByTestId('from')).toHaveValue('Côn Sơn pagoda')
    await expect(page.getByTestId('to')).toHaveValue('Suối Mỡ tourist area')
    await expect(page.getByTestId('scenario-summary')).toContainText('Every project built')
    await expect(page.getByTestId('preset')).toHaveValue('full-vision')
    // The options are folded under a line that says what is chosen.
    await expect(page.getByTestId('route-options')).toContainText('tour coach')
    await page.getByTestId('route-options').locator('summary').click()
    await expect(page.getByRole('radio', { name: 'tour coach' })).toBeChecked()
    await expect(page.locator('.alternatives input[type=radio]').nth(1)).toBeChecked()
    const shown = await page.getByTestId('route-total').textContent()
    await page.reload()
    await expect(page.getByTestId('route-result')).toHaveAttribute('data-state', 'done')
    await expect(page.getByTestId('route-total')).toHaveText(shown!)
  })

  test('a bad address gives notices and a usable page', async ({ page }) => {
    const errors = collectErrors(page)
    await page.goto(
      '/route?from=nowhere&to=kiep-bac-temple&date=2025-13-45&profile=rocket&with=no-such-project&lang=en',
    )
    const alerts = page.getByRole('alert')
    await expect(alerts.first()).toBeVisible()
    await expect(page.getByText('Unknown place "nowhere"')).toBeVisible()
    await expect(page.getByText('"2025-13-45"')).toBeVisible()
    await expect(page.getByText('"rocket"')).toBeVisible()
    await expect(page.getByText('Unknown project "no-such-project"')).toBeVisible()
    await expect(page.getByTestId('to')).toHaveValue('Kiếp Bạc temple')
    await page.getByTestId('from').fill('con son')
    await page.getByRole('option', { name: /Côn Sơn pagoda/ }).click()
    await expect(page.getByTestId('route-total')).toContainText('km')
    await page.screenshot({ path: 'screenshots/route-bad-url.png', fullPage: true })
    expect(errors).toEqual([])
  })

  test('says why there is no route', async ({ page }) => {
    await page.goto('/route?from=luc-nam-bridge-south&to=hanoi&lang=en')
    await expect(page.getByTestId('no-route')).toContainText('Lục Nam river bridge')
  })
})
