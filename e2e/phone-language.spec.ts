// Every page on a 360 px phone and in Vietnamese: nothing wider than the screen, the navigation as a
// menu, the header and scenario line within a fifth of the screen on travellers' pages, no English
// message key and no raw id left on a Vietnamese page, local dates and numbers.
import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { en } from '../src/ui/i18n/messages.ts'
import { collectErrors, expectAccessible } from './helpers.ts'

const PHONE = { width: 360, height: 740 }
const network = JSON.parse(readFileSync(new URL('../data/network.json', import.meta.url), 'utf8')) as {
  places: Array<{ id: string }>
  projects: Array<{ id: string }>
}

/** Every page, with the address that fills it with a real answer. */
const PAGES = [
  '/',
  '/route?from=hanoi&to=con-son-pagoda',
  '/route?from=hanoi&to=hanoi',
  '/itinerary?start=hanoi&visit=con-son-pagoda,kiep-bac-temple,vinh-nghiem-pagoda&date=2026-12-05',
  '/itinerary?start=hanoi&visit=vinh-nghiem-pagoda,con-son-pagoda,kiep-bac-temple,yen-tu&days=2&date=2026-12-05',
  '/compare',
  '/places',
  '/places/kiep-bac-temple',
  '/projects',
  '/projects/dong-viet-bridge',
  '/tours',
  '/no-such-page',
]

/** Waits for whatever the page computes (a route, a trip, a comparison) to be shown. */
async function settled(page: Page) {
  await expect(page.locator('[data-state="loading"]')).toHaveCount(0, { timeout: 30_000 })
  await expect(page.getByText(/Đang (tính|lên lịch|tải)|Computing|Planning|Loading the page/)).toHaveCount(0, {
    timeout: 30_000,
  })
}

/** The message keys of the interface (`route.title`, …): none may show on a page as text. */
function messageKeys(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k.replace(/_(one|other)$/, '')}`] : messageKeys(v, `${prefix}${k}.`),
  )
}
const KEYS = [...new Set(messageKeys(en))].filter((k) => k.includes('.'))
/** Ids a reader must never see: places, projects and scenario presets. */
const IDS = [
  ...network.places.map((p) => p.id),
  ...network.projects.map((p) => p.id),
  'full-vision',
  'agreement-2023',
].filter((id) => id.includes('-'))

/** Elements wider than the screen, folded parts opened first; parts hidden on purpose do not count. */
async function overflowing(page: Page): Promise<string[]> {
  await page.evaluate(() =>
    document.querySelectorAll('main details, aside details').forEach((d) => d.setAttribute('open', '')),
  )
  return page.evaluate(() => {
    const unseen = (el: Element) => {
      for (let a: Element | null = el; a; a = a.parentElement) {
        const cs = getComputedStyle(a)
        if (cs.visibility === 'hidden' || cs.display === 'none') return true
        if (a.getBoundingClientRect().width <= 1 && (cs.overflow === 'hidden' || cs.clip !== 'auto')) return true
      }
      return false
    }
    const out: string[] = []
    for (const el of document.querySelectorAll('body *')) {
      const r = el.getBoundingClientRect()
      if (r.width > 0 && r.right > window.innerWidth + 1 && !el.closest('.maplibregl-map, .print-only, .skip-link'))
        if (!unseen(el))
          out.push(`${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').slice(0, 40)}"`)
    }
    if (document.documentElement.scrollWidth > window.innerWidth)
      out.push(`page ${document.documentElement.scrollWidth}px`)
    return out
  })
}

for (const path of PAGES) {
  test(`${path} on a 360 px phone: nothing wider than the screen; in Vietnamese no key, no id`, async ({ page }) => {
    const errors = collectErrors(page)
    await page.setViewportSize(PHONE)
    const join = path.includes('?') ? '&' : '?'
    await page.goto(`${path}${join}lang=vi`)
    await settled(page)
    expect(await overflowing(page)).toEqual([])
    const text = await page.locator('body').innerText()
    expect(KEYS.filter((k) => text.includes(k))).toEqual([])
    expect(IDS.filter((id) => new RegExp(`(^|[^\\w/-])${id}($|[^\\w-])`).test(text))).toEqual([])
    // No English leftovers that the review found: minutes, dates and distances are local.
    expect(text).not.toMatch(/\b\d+ min\b|\bmin\)|\b\d{4}-\d{2}-\d{2}\b|\d\.\d km/)
    await page.goto(`${path}${join}lang=en`)
    await settled(page)
    expect(await overflowing(page)).toEqual([])
    expect(errors).toEqual([])
  })
}

test('the header and the scenario line take at most a fifth of a phone screen; the menu opens and navigates', async ({
  page,
}) => {
  await page.setViewportSize(PHONE)
  for (const path of ['/route', '/itinerary', '/places']) {
    await page.goto(`${path}?lang=vi`)
    const bottom = await page.getByTestId('scenario-bar').evaluate((el) => el.getBoundingClientRect().bottom)
    expect(bottom).toBeLessThanOrEqual(PHONE.height / 5)
  }
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Lộ trình' })).toBeHidden()
  await page.getByTestId('nav-toggle').click()
  await expect(page.getByTestId('nav-toggle')).toHaveAttribute('aria-expanded', 'true')
  await page.getByRole('navigation').getByRole('link', { name: 'Lộ trình' }).click()
  await expect(page).toHaveURL(/\/route\?lang=vi/)
  await expect(page.getByRole('heading', { name: 'Tìm lộ trình', level: 1 })).toBeVisible()
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Lộ trình' })).toBeHidden()
  // The folded scenario says which network is shown and opens on a tap.
  await expect(page.getByTestId('scenario-summary')).toContainText('Mạng lưới: Hôm nay')
  await page.getByTestId('scenario-summary').click()
  await expect(page.getByTestId('timeline')).toBeVisible()
  await page.screenshot({ path: 'screenshots/phone-menu-scenario-vi.png' })
  await expectAccessible(page)
})

test('dates, numbers and plurals follow the language', async ({ page }) => {
  await page.goto(
    '/itinerary?start=hanoi&visit=vinh-nghiem-pagoda,con-son-pagoda,kiep-bac-temple,yen-tu&days=2&date=2026-11-29&lang=vi',
  )
  await settled(page)
  await expect(page.getByTestId('day-1').locator('h3')).toHaveText('Ngày 1 — CN, 29/11/2026')
  await expect(page.getByTestId('drive').first()).toContainText(/Di chuyển (\d+ phút|\d+ giờ \d\d) · \d+,\d km/)
  await expect(page.getByTestId('trip-date')).toHaveValue('29/11/2026')
  await page.getByRole('button', { name: /EN/ }).click()
  await expect(page.getByTestId('day-1').locator('h3')).toHaveText('Day 1 — Sun, 29 Nov 2026')
  await expect(page.getByTestId('drive').first()).toContainText(/Travel (\d+ min|\d+ h \d\d) · \d+\.\d km/)
  await expect(page.getByTestId('trip-status')).toHaveText(/Plan ready: 2 days, 4 sites\./)
  await page.goto('/itinerary?start=hanoi&visit=con-son-pagoda&date=2026-11-29&lang=en')
  await expect(page.getByTestId('trip-status')).toHaveText('Plan ready: 1 day, 1 site.')
})

test('time and date fields read what people type, in 24 hours, and say how to write them', async ({ page }) => {
  await page.goto('/itinerary?start=hanoi&visit=con-son-pagoda&date=2026-12-05&lang=vi')
  await settled(page)
  const depart = page.getByTestId('trip-depart')
  await depart.fill('7h30')
  await depart.press('Tab')
  await expect(depart).toHaveValue('07:30')
  await expect(page).toHaveURL(/depart=07%3A30|depart=07:30/)
  await depart.fill('7 giờ tối')
  await depart.press('Tab')
  await expect(depart).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByRole('alert').filter({ hasText: 'HH:MM' })).toContainText('24 giờ')
  await expect(page).toHaveURL(/depart=07%3A30|depart=07:30/)
  const date = page.getByTestId('trip-date')
  await date.fill('31/11/2026')
  await date.press('Tab')
  await expect(date).toHaveAttribute('aria-invalid', 'true')
  await expect(page).toHaveURL(/date=2026-12-05/)
  await date.fill('6/12/2026')
  await date.press('Tab')
  await expect(date).toHaveValue('06/12/2026')
  await expect(page).toHaveURL(/date=2026-12-06/)
  await expect(page.locator('.weekday').first()).toHaveText('CN')
})
