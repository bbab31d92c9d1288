import { expect, test } from '@playwright/test'
import { collectErrors } from './helpers.ts'

test.describe('hostile input in the web app', () => {
  test('a core worker that fails to load is reported with a reload, not "Computing…" forever', async ({ page }) => {
    await page.route('**/assets/core.worker-*.js', (route) => route.abort())
    await page.goto('/route?from=hanoi&to=yen-tu&lang=en')
    const failure = page.getByTestId('query-failure')
    await expect(failure).toContainText('could not start')
    await expect(failure.getByRole('button', { name: 'Reload the page' })).toBeVisible()
    await expect(page.getByText('Computing…')).toHaveCount(0)
  })

  test('a place listed twice in the address is kept once, with a notice in the reader’s language', async ({ page }) => {
    const errors = collectErrors(page)
    await page.goto('/itinerary?start=hanoi&visit=yen-tu,yen-tu&date=2026-12-05&lang=vi')
    await expect(page.getByText('"yen-tu" được liệt kê hai lần trong visit; chỉ giữ một lần.')).toBeVisible()
    await expect(page.getByTestId('trip-result')).toHaveAttribute('data-state', 'done')
    await expect(page.getByTestId('day-1')).toContainText('Yên Tử')
    expect(errors).toEqual([])
  })

  test('a key given twice in the address uses the first and says so', async ({ page }) => {
    await page.goto('/route?from=hanoi&from=ha-long&to=yen-tu&lang=en')
    await expect(page.getByText('from is given more than once in the address; the first is used.')).toBeVisible()
    await expect(page.getByTestId('from')).toHaveValue('Hanoi')
  })
})
