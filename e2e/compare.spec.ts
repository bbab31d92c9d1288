import { expect, test } from '@playwright/test'
import { collectErrors, expectAccessible } from './helpers.ts'

test.describe('before and after', () => {
  test('compares the 2023 network with full vision and names the project that matters most', async ({ page }) => {
    const errors = collectErrors(page)
    await page.goto('/compare?before=agreement-2023&after=full-vision&lang=en')
    await expect(page.getByTestId('compare-result')).toHaveAttribute('data-state', 'done', { timeout: 15_000 })
    await expect(page.getByTestId('compare-summary')).toContainText('pairs of places are faster')
    await expect(page.getByTestId('pairs').locator('tbody tr').first()).toContainText('Thanh Mai pagoda')
    await expect(page.getByTestId('projects-impact').locator('tbody tr').first()).toContainText(
      'ĐT293 (Suối Mỡ) – ĐT398B (Thanh Mai) road',
    )
    await expect(page.getByTestId('projects-impact')).toContainText('Hải Dương connector')
    await expect(page.getByTestId('day-trips').locator('tbody tr')).toHaveCount(4)
    await page.screenshot({ path: 'screenshots/compare.png', fullPage: true })
    expect(errors).toEqual([])
    await expectAccessible(page)
  })

  test('choosing dates on both sides shows the Đồng Việt opening', async ({ page }) => {
    await page.goto('/compare?lang=en')
    await page.getByTestId('before').selectOption('date')
    await page.getByLabel('Before: a date').fill('2025-06-01')
    await page.getByTestId('after').selectOption('date')
    await page.getByLabel('After: a date').fill('2025-08-01')
    await expect(page).toHaveURL(/before=2025-06-01/)
    await expect(page).toHaveURL(/after=2025-08-01/)
    await expect(page.getByTestId('compare-result')).toHaveAttribute('data-state', 'done', { timeout: 15_000 })
    await expect(page.getByTestId('pairs')).toContainText('Bắc Giang')
  })

  test('a bad scenario in the address gives a notice and the default', async ({ page }) => {
    await page.goto('/compare?before=yesterday&after=2025-02-30&lang=en')
    await expect(page.getByText('Ignored "yesterday" for before')).toBeVisible()
    await expect(page.getByText('Ignored "2025-02-30" for after')).toBeVisible()
    await expect(page.getByTestId('compare-result')).toHaveAttribute('data-state', 'done', { timeout: 15_000 })
  })
})
