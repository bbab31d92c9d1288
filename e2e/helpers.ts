import { AxeBuilder } from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

/** Waits until the map has drawn (the map sets data-state="idle" once rendered). */
export async function waitForMap(page: Page) {
  await expect(page.getByTestId('network-map')).toHaveAttribute('data-state', 'idle', { timeout: 20_000 })
}

/**
 * The plan's line is drawn on the map: counted at the map's next `idle`, which comes after a worker
 * has cut the new data into tiles and software WebGL has drawn them — seconds on a loaded 2-core
 * machine, hence the same bound as the map's first draw.
 */
export async function expectRouteDrawn(page: Page) {
  await expect
    .poll(async () => Number(await page.getByTestId('network-map').getAttribute('data-rendered-route')), {
      timeout: 20_000,
    })
    .toBeGreaterThan(0)
}

/** Fails on any serious or critical accessibility violation of the page. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).exclude('.maplibregl-canvas').analyze()
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(
    bad.map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join('; ')})`,
    ),
  ).toEqual([])
}

/** Collects page errors and console errors so a test can assert there were none. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  return errors
}

/** Opens the scenario controls (folded to one line by default) and the list of project switches. */
export async function openScenario(page: Page, projects = false) {
  const bar = page.getByTestId('scenario-bar')
  if ((await bar.getAttribute('open')) === null) await page.getByTestId('scenario-summary').click()
  await expect(page.getByTestId('timeline')).toBeVisible()
  if (projects) {
    const toggles = page.locator('.project-toggles')
    if ((await toggles.getAttribute('open')) === null) await toggles.locator('summary').click()
  }
}
