import { expect, test } from '@playwright/test'
import { collectErrors, expectAccessible, waitForMap, expectRouteDrawn } from './helpers.ts'

test.describe('trip planner', () => {
  test('a shared trip address opens the two-day UNESCO trail with a night at Uông Bí', async ({ page }) => {
    const errors = collectErrors(page)
    await page.goto(
      '/itinerary?start=hanoi&visit=vinh-nghiem-pagoda,con-son-pagoda,kiep-bac-temple,yen-tu&days=2&date=2026-12-05&lang=en',
    )
    await expect(page.getByTestId('trip-result')).toHaveAttribute('data-state', 'done')
    await expect(page.getByTestId('day-1')).toContainText('Vĩnh Nghiêm pagoda')
    await expect(page.getByTestId('day-1')).toContainText('Night at Uông Bí')
    await expect(page.getByTestId('day-2')).toContainText('Yên Tử')
    await expect(page.getByTestId('itinerary-summary')).toContainText('2 days · back on Sun, 6 Dec 2026 at')
    await expect(page.getByTestId('warnings')).toContainText('not verified')
    await waitForMap(page)
    await expectRouteDrawn(page)
    await page.screenshot({ path: 'screenshots/itinerary.png', fullPage: true })
    expect(errors).toEqual([])
    await expectAccessible(page)
  })

  test('builds a day trip by choosing a start and sites, and explains what was left out', async ({ page }) => {
    await page.goto('/itinerary?date=2026-12-05&lang=en')
    await page.getByTestId('trip-start').fill('ha noi')
    await page.getByRole('option', { name: /Hanoi/ }).click()
    await page.locator('[data-site="con-son-pagoda"]').selectOption('must')
    await page.locator('[data-site="kiep-bac-temple"]').selectOption('must')
    await page.locator('[data-site="vinh-nghiem-pagoda"]').selectOption('must')
    await page.locator('[data-site="yen-tu"]').selectOption('optional')
    await expect(page).toHaveURL(/visit=con-son-pagoda%2Ckiep-bac-temple|visit=con-son-pagoda,kiep-bac-temple/)
    await expect(page).toHaveURL(/optional=yen-tu/)
    await expect(page.getByTestId('trip-result')).toHaveAttribute('data-state', 'done')
    await expect(page.getByTestId('day-1')).toContainText('Côn Sơn pagoda')
    await expect(page.getByTestId('dropped')).toContainText(/Yên Tử.*would add \d+ min/)
  })

  test('speaks Vietnamese throughout, reasons and warnings included', async ({ page }) => {
    await page.goto(
      '/itinerary?start=hanoi&visit=con-son-pagoda,kiep-bac-temple,vinh-nghiem-pagoda&optional=yen-tu&date=2026-09-25&lang=vi',
    )
    await expect(page.getByTestId('trip-result')).toHaveAttribute('data-state', 'done')
    await expect(page.getByTestId('dropped')).toContainText(/Yên Tử.*thêm \d+ phút/)
    await expect(page.getByTestId('warnings')).toContainText('sẽ đông khách')
    await expect(page.getByTestId('warnings')).not.toContainText('expect crowds')
    await page.goto('/route?from=luc-nam-bridge-south&to=hanoi&lang=vi')
    await expect(page.getByTestId('no-route')).toContainText('Không thông trong kịch bản này')
  })

  test('locks a visit to a start time', async ({ page }) => {
    await page.goto('/itinerary?start=hanoi&visit=con-son-pagoda,kiep-bac-temple&date=2026-12-05&lang=en')
    // The chosen sites are folded away under a line that names them; open the list to set a time.
    await expect(page.getByTestId('site-choices')).toContainText('2 chosen: Côn Sơn pagoda, Kiếp Bạc temple')
    await page.getByTestId('site-choices').locator('summary').click()
    await page.getByTestId('lock-kiep-bac-temple').fill('14:00')
    await expect(page).toHaveURL(/lock=kiep-bac-temple%4014%3A00|lock=kiep-bac-temple@14:00/)
    await expect(page.getByTestId('day-1').locator('[data-place="kiep-bac-temple"]')).toContainText('14:00–')
    const carSummary = await page.getByTestId('itinerary-summary').textContent()
    await page.getByTestId('trip-profile').selectOption('coach')
    await expect(page).toHaveURL(/profile=coach/)
    await expect(page.getByTestId('itinerary-summary')).not.toHaveText(carSummary!)
  })

  test('a curated tour fills the form', async ({ page }) => {
    await page.goto('/itinerary?start=bac-giang-city&date=2026-12-05&lang=en')
    await page.getByText('Curated tours').click()
    await page.getByRole('listitem').filter({ hasText: 'The Bắc Giang spiritual road' }).getByRole('button').click()
    await expect(page.locator('[data-site="suoi-mo"]')).toHaveValue('must')
    await expect(page.getByTestId('trip-result')).toHaveAttribute('data-state', 'done')
    await expect(page.getByTestId('itinerary-summary')).toContainText('One day ·')
  })

  test('an address with unknown places gives a notice and a usable page', async ({ page }) => {
    await page.goto('/itinerary?start=atlantis&visit=yen-tu,el-dorado&days=9&lang=en')
    await expect(page.getByText('Unknown place "atlantis"')).toBeVisible()
    await expect(page.getByText('Unknown place "el-dorado"')).toBeVisible()
    await expect(page.locator('[data-site="yen-tu"]')).toHaveValue('must')
    await expect(page.getByText('Choose a start and at least one site.')).toBeVisible()
  })
})
