import { expect, test } from '@playwright/test'
import { collectErrors, expectAccessible, waitForMap } from './helpers.ts'

test.describe('the map of the network', () => {
  test('draws the embedded network', async ({ page }) => {
    const errors = collectErrors(page)
    await page.goto('/?lang=en')
    await expect(page.getByRole('heading', { name: 'Heritage routes', level: 1 })).toBeVisible()
    await waitForMap(page)
    const map = page.getByTestId('network-map')
    expect(Number(await map.getAttribute('data-rendered-places'))).toBeGreaterThanOrEqual(35)
    expect(Number(await map.getAttribute('data-rendered-links'))).toBeGreaterThanOrEqual(60)
    const canvas = await map.locator('canvas').boundingBox()
    expect(canvas?.width).toBeGreaterThan(300)
    expect(canvas?.height).toBeGreaterThan(300)
    await expect(page.locator('.map-label', { hasText: 'Hanoi' })).toBeVisible()
    await expect(page.locator('[data-project="dong-viet-bridge"]')).toContainText('Opened Jul 2025')
    await page.screenshot({ path: 'screenshots/home.png', fullPage: true })
    expect(errors).toEqual([])
    await expectAccessible(page)
  })

  test('shows details of a clicked place, as text', async ({ page }) => {
    await page.goto('/?lang=en')
    await waitForMap(page)
    const box = await page.locator('.map-label', { hasText: 'Kiếp Bạc temple' }).boundingBox()
    expect(box).not.toBeNull()
    // The label sits 9 px right of its dot; click the dot itself. Nam Tào is a few pixels away at this
    // zoom, so the map may first ask which of the two was meant.
    await page.mouse.click(box!.x - 9, box!.y + box!.height / 2)
    const popup = page.locator('.maplibregl-popup')
    const choice = popup.locator('.chooser-item[data-place="kiep-bac-temple"]')
    if ((await choice.count()) > 0) await choice.click()
    await expect(popup.locator('.popup[data-place="kiep-bac-temple"]')).toContainText('Kiếp Bạc temple')
    await expect(popup).toContainText('UNESCO World Heritage component')
    await expect(popup.getByRole('button', { name: 'Route from here' })).toBeVisible()
  })

  test('works on a phone-sized screen', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 })
    await page.goto('/?lang=vi')
    await waitForMap(page)
    await expect(page.getByRole('heading', { name: 'Chú giải' })).toBeVisible()
    await page.screenshot({ path: 'screenshots/home-phone.png', fullPage: true })
    await expectAccessible(page)
  })

  test('shows a notice, not a blank page, for an unknown address', async ({ page }) => {
    await page.goto('/no-such-page?lang=en')
    await expect(page.getByRole('alert')).toContainText('/no-such-page')
    await expect(page.getByRole('link', { name: 'Go to the map of the network' })).toBeVisible()
  })
})
