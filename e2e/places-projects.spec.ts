import { expect, test } from '@playwright/test'
import { expectAccessible, openScenario, waitForMap, expectRouteDrawn } from './helpers.ts'

test.describe('places and projects', () => {
  test('filters places and finds one without diacritics', async ({ page }) => {
    await page.goto('/places?lang=en')
    await page.getByLabel('UNESCO components only').click()
    await expect(page.getByLabel('UNESCO components only')).toBeChecked()
    await expect(page.getByTestId('place-list').locator('li')).toHaveCount(12)
    await page.getByTestId('place-search').fill('con son')
    await expect(page.getByTestId('place-list').locator('li')).toHaveCount(1)
    await expect(page).toHaveURL(/unesco=1/)
    await expectAccessible(page)
    await page.getByRole('link', { name: 'Côn Sơn pagoda' }).click()
    await expect(page).toHaveURL(/\/places\/con-son-pagoda/)
  })

  test('a place page shows hours, festivals with next dates, sources and travel times', async ({ page }) => {
    await page.goto('/places/kiep-bac-temple?date=2026-01-01&lang=en')
    await expect(page.getByRole('heading', { name: 'Kiếp Bạc temple', level: 1 })).toBeVisible()
    await expect(page.getByTestId('hours')).toContainText('07:00-18:30')
    await expect(page.getByTestId('festivals')).toContainText('Côn Sơn – Kiếp Bạc autumn festival')
    await expect(page.getByTestId('festivals')).toContainText('next: Mon, 2 Mar 2026')
    await expect(page.getByTestId('travel-times').locator('tr').first()).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible()
    await page.screenshot({ path: 'screenshots/place.png', fullPage: true })
    await expectAccessible(page)
  })

  test('shows the corrected facts: published map point, festival days and rites, in both languages', async ({
    page,
  }) => {
    await page.goto('/places/thanh-mai-pagoda?lang=en')
    await expect(page.getByTestId('reference-position').first()).toContainText('Published map point 21.217, 106.463')
    await expect(page.getByText('Viên Thông stupa')).toBeVisible()
    await page.goto('/places/bo-da-pagoda?lang=vi')
    await expect(page.getByTestId('festivals')).toContainText('16/2')
    await expect(page.getByTestId('festivals')).toContainText('18/2')
    await page.goto('/places/kiep-bac-temple?lang=vi')
    await expect(page.getByTestId('festivals')).toContainText('Lễ hội mùa thu Côn Sơn – Kiếp Bạc')
    await expect(page.getByTestId('festivals')).toContainText('lễ khai ấn')
    await page.goto('/route?from=giai-oan-station&to=chua-dong&lang=vi')
    await expect(page.getByTestId('legs')).toContainText('cáp treo')
    await expect(page.getByTestId('legs')).toContainText('đỡ khoảng 1 giờ 15 đi bộ')
    await expectAccessible(page)
  })

  test('a place with unknown hours says they are unverified', async ({ page }) => {
    await page.goto('/places/thanh-mai-pagoda?lang=en')
    await expect(page.getByTestId('hours')).toContainText('unknown — not verified')
  })

  test('a project page shows dates, lateness, cost and what it changes', async ({ page }) => {
    await page.goto('/projects/dong-viet-bridge?lang=en')
    await expect(page.getByRole('heading', { name: 'Đồng Việt bridge and approaches', level: 1 })).toBeVisible()
    await expect(page.getByTestId('late')).toContainText('10 months')
    await expect(page.getByTestId('impact').locator('tr').first()).toBeVisible()
    await waitForMap(page)
    await expectRouteDrawn(page)
    await page.screenshot({ path: 'screenshots/project.png', fullPage: true })
    await expectAccessible(page)
  })

  test('an unknown place or project id gives a notice', async ({ page }) => {
    await page.goto('/places/atlantis?lang=en')
    await expect(page.getByRole('alert')).toContainText('There is no place "atlantis"')
    await page.goto('/projects/teleporter?lang=en')
    await expect(page.getByRole('alert')).toContainText('There is no project "teleporter"')
  })

  test('opening a project with its switch changes the scenario for every page', async ({ page }) => {
    await page.goto('/projects?lang=en')
    await openScenario(page, true)
    await page.locator('[data-project-toggle="luc-nam-bridge"]').click()
    await expect(page.locator('[data-project-toggle="luc-nam-bridge"]')).toBeChecked()
    await expect(page).toHaveURL(/with=luc-nam-bridge/)
    await page.getByRole('navigation', { name: 'main' }).getByRole('link', { name: 'Route' }).click()
    await expect(page).toHaveURL(/with=luc-nam-bridge/)
    await expect(page.getByTestId('scenario-label')).toContainText('+ Lục Nam river bridge')
  })
})
