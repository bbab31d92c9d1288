import { expect, test } from '@playwright/test'

test.describe('home page', () => {
  test('draws the map of the embedded network', async ({ page }) => {
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()) })

    await page.goto('/')
    await expect(page.getByRole('heading', { name: 'Heritage routes', level: 1 })).toBeVisible()
    const map = page.getByTestId('network-map')
    await expect(map).toHaveAttribute('data-state', 'idle', { timeout: 20_000 })
    // The map really drew our data: features are rendered, not only the background.
    const places = Number(await map.getAttribute('data-rendered-places'))
    const links = Number(await map.getAttribute('data-rendered-links'))
    expect(places).toBeGreaterThanOrEqual(35)
    expect(links).toBeGreaterThanOrEqual(60)
    const canvas = await map.locator('canvas').boundingBox()
    expect(canvas?.width).toBeGreaterThan(300)
    expect(canvas?.height).toBeGreaterThan(300)
    await expect(page.locator('.map-label', { hasText: 'Hà Nội' })).toBeVisible()
    await expect(page.locator('[data-project="dong-viet-bridge"]')).toContainText('opened Jul 2025')
    await page.screenshot({ path: 'test-results/screenshots/home.png', fullPage: true })
    expect(errors).toEqual([])
  })

  test('shows details of a place when it is clicked, as text', async ({ page }) => {
    await page.goto('/')
    const map = page.getByTestId('network-map')
    await expect(map).toHaveAttribute('data-state', 'idle', { timeout: 20_000 })
    const label = page.locator('.map-label', { hasText: 'Đền Kiếp Bạc' })
    const box = await label.boundingBox()
    expect(box).not.toBeNull()
    // The label sits 9 px right of its dot; click the dot itself.
    await page.mouse.click(box!.x - 9, box!.y + box!.height / 2)
    const popup = page.locator('.maplibregl-popup')
    await expect(popup).toContainText('Kiếp Bạc temple')
    await expect(popup).toContainText('UNESCO component')
  })

  test('works on a phone-sized screen', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 })
    await page.goto('/')
    await expect(page.getByTestId('network-map')).toHaveAttribute('data-state', 'idle', { timeout: 20_000 })
    await expect(page.getByRole('heading', { name: 'Legend' })).toBeVisible()
    await page.screenshot({ path: 'test-results/screenshots/home-phone.png', fullPage: true })
  })

  test('shows a notice, not a blank page, for an unknown address', async ({ page }) => {
    await page.goto('/no-such-page?x=<script>')
    await expect(page.getByRole('alert')).toContainText('/no-such-page')
    await expect(page.getByRole('link', { name: 'Go to the map of the network' })).toBeVisible()
  })
})
