import { readFileSync } from 'node:fs'
import ICAL from 'ical.js'
import Papa from 'papaparse'
import { expect, test, type Download, type Page } from '@playwright/test'
import { collectErrors, expectAccessible } from './helpers.ts'

const TRIP =
  '/itinerary?start=hanoi&visit=con-son-pagoda,kiep-bac-temple,vinh-nghiem-pagoda,yen-tu,bo-da-pagoda&days=2&date=2026-12-05'
const corpus: string[] = JSON.parse(
  readFileSync(new URL('../tests/fixtures/xss-corpus.json', import.meta.url), 'utf8'),
).payloads

async function planned(page: Page) {
  await expect(page.getByTestId('trip-result')).toHaveAttribute('data-state', 'done', { timeout: 30_000 })
  await expect(page.getByTestId('trip-tools')).toBeVisible({ timeout: 15_000 })
}
async function text(download: Download) {
  return readFileSync((await download.path())!, 'utf8')
}
async function saveAs(page: Page, name: string, note = '') {
  await page.getByTestId('tour-name').fill(name)
  if (note) await page.getByTestId('tour-note').fill(note)
  await page.getByTestId('save-tour').click()
  await expect(page.getByTestId('trip-tools-status')).toContainText(`Saved “${name}”`)
  await expect(page).toHaveURL(/tour=/)
}

test.describe('saved tours', () => {
  test('plan a 2-day tour, save it with notes, reload and find it; it opens with its name and notes', async ({
    page,
  }) => {
    const errors = collectErrors(page)
    await page.goto(`${TRIP}&lang=en`)
    await planned(page)
    await page.getByText(/Notes for each stop/).click()
    await page.locator('[data-stop-note="kiep-bac-temple"]').fill('Buy incense at the gate')
    await saveAs(page, 'Two days for the Bắc Giang group', 'Coach of 45 seats')
    await page.reload()
    await page.goto('/tours?lang=en')
    const item = page.getByTestId('tour-list').locator('li', { hasText: 'Two days for the Bắc Giang group' })
    await expect(item).toContainText('5 sites · 2 days from 5 Dec 2026')
    await expect(item).toContainText('Coach of 45 seats')
    await item.getByRole('link', { name: 'Open' }).click()
    await planned(page)
    await expect(page.getByTestId('tour-status')).toContainText('Saved tour “Two days for the Bắc Giang group”')
    await expect(page.getByTestId('tour-note')).toHaveValue('Coach of 45 seats')
    await expect(page.locator('[data-stop-note="kiep-bac-temple"]')).toHaveValue('Buy incense at the gate')
    expect(errors).toEqual([])
    await page.goto('/tours?lang=en')
    await page.screenshot({ path: 'screenshots/tours.png', fullPage: true })
    await expectAccessible(page)
  })

  test('rename, duplicate, delete and undo', async ({ page }) => {
    await page.goto(`${TRIP}&lang=en`)
    await planned(page)
    await saveAs(page, 'Original')
    await page.goto('/tours?lang=en')
    const list = page.getByTestId('tour-list')
    await list.locator('li', { hasText: 'Original' }).locator('[data-action=rename]').click()
    await page.getByTestId('rename-input').fill('Renamed tour')
    await page.getByRole('button', { name: 'Save the name' }).click()
    await expect(list).toContainText('Renamed tour')
    await list.locator('li', { hasText: 'Renamed tour' }).locator('[data-action=duplicate]').click()
    await expect(list.locator('li')).toHaveCount(2)
    await expect(list).toContainText('Renamed tour (copy)')
    await list.locator('li', { hasText: 'Renamed tour (copy)' }).locator('[data-action=delete]').click()
    await expect(list.locator('li')).toHaveCount(1)
    await expect(page.getByTestId('undo-bar')).toContainText('Deleted “Renamed tour (copy)”')
    await page.getByTestId('undo').click()
    await expect(list.locator('li')).toHaveCount(2)
    await page.reload()
    await expect(page.getByTestId('tour-list').locator('li')).toHaveCount(2)
  })

  test('exports GPX, iCalendar, GeoJSON and CSV with the right names, order, times and time zone', async ({ page }) => {
    await page.goto(`${TRIP}&lang=en`)
    await planned(page)
    await page.getByTestId('tour-name').fill('Export check')
    const order = await page
      .getByTestId('itinerary')
      .locator('li[data-place]')
      .evaluateAll((els) => els.map((e) => (e as unknown as { dataset: { place: string } }).dataset.place))
    const firstVisit = await page.getByTestId('day-1').locator('li[data-place] .leg-meta').first().innerText()
    const startTime = /· (\d\d:\d\d)–/.exec(firstVisit)![1]!
    const grab = async (key: string) => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator(`[data-export=${key}]`).click(),
      ])
      expect(download.suggestedFilename()).toBe(`export-check.${key}`)
      return text(download)
    }
    const gpx = await grab('gpx')
    expect(gpx).toMatch(/<gpx version="1.1"/)
    const names = [...gpx.matchAll(/<name>(\d+)\. ([^<]+)<\/name>/g)].map((m) => Number(m[1]))
    expect(names).toEqual(order.map((_x, i) => i + 1))
    expect(gpx.match(/<rte>/g)).toHaveLength(2)
    const ics = await grab('ics')
    const root = new ICAL.Component(ICAL.parse(ics))
    ICAL.TimezoneService.register(new ICAL.Timezone(root.getFirstSubcomponent('vtimezone')!))
    const visits = root
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v))
      .filter((e) => e.summary.startsWith('Visit: '))
    expect(visits).toHaveLength(order.length)
    expect(visits[0]!.component.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Asia/Ho_Chi_Minh')
    const [h, m] = startTime.split(':').map(Number) as [number, number]
    expect(visits[0]!.startDate.toJSDate().toISOString()).toBe(new Date(Date.UTC(2026, 11, 5, h - 7, m)).toISOString())
    const geo = JSON.parse(await grab('geojson'))
    expect(
      geo.features
        .filter((f: { properties: { kind: string } }) => f.properties.kind === 'visit')
        .map((f: { properties: { id: string } }) => f.properties.id),
    ).toEqual(order)
    const csv = await grab('csv')
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    const rows = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data
    expect(rows.filter((r) => r.kind === 'visit').map((r) => r.place_id)).toEqual(order)
    expect(rows.find((r) => r.kind === 'visit')!.start).toBe(`2026-12-05 ${startTime}`)
  })

  test('export all tours, import them in a fresh browser profile, and export the same bytes again', async ({
    page,
    browser,
  }) => {
    await page.goto(`${TRIP}&lang=en`)
    await planned(page)
    await saveAs(page, 'Kept in a file', 'A note with, commas; and "quotes"')
    await page.goto('/tours?lang=en')
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-all').click()])
    const first = await text(file)
    const fresh = await browser.newContext()
    const other = await fresh.newPage()
    await other.goto('/tours?lang=en')
    await expect(other.getByTestId('no-tours')).toBeVisible()
    await other.getByTestId('import-file').setInputFiles((await file.path())!)
    await expect(other.getByTestId('import-report')).toContainText('1 tour added; 0 already here; 0 kept as a copy')
    await expect(other.getByTestId('tour-list')).toContainText('Kept in a file')
    const [again] = await Promise.all([other.waitForEvent('download'), other.getByTestId('export-all').click()])
    expect(await text(again)).toBe(first)
    // Importing the same file again adds nothing.
    await other.getByTestId('import-file').setInputFiles((await file.path())!)
    await expect(other.getByTestId('import-report')).toContainText('0 tours added; 1 already here')
    await fresh.close()
  })

  test('a tour whose plan changed since it was saved says how (a bridge opened since)', async ({ page }, info) => {
    await page.goto(`${TRIP}&lang=en`)
    await planned(page)
    await saveAs(page, 'Saved before the bridge')
    await page.goto('/tours?lang=en')
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-all').click()])
    // The same tour as it was saved before Đồng Việt opened: no open project, an earlier return.
    const doc = JSON.parse(await text(file))
    const tour = doc.tours[0]
    tour.id = 'saved-in-2024'
    tour.plan.openProjects = []
    tour.plan.days[0].arrive = '18:59'
    const { writeFileSync } = await import('node:fs')
    const path = info.outputPath('old-tour.json')
    writeFileSync(path, JSON.stringify(doc))
    await page.getByTestId('import-file').setInputFiles(path)
    await expect(page.getByTestId('import-report')).toContainText('1 tour added')
    await page.locator('[data-tour=saved-in-2024]').getByRole('link', { name: 'Open' }).click()
    await planned(page)
    const notice = page.getByTestId('plan-changed')
    await expect(notice).toContainText('The plan is different today from when this tour was saved')
    await expect(notice).toContainText('Opened since: Đồng Việt bridge and approaches.')
    await expect(notice).toContainText(/Day 1: 07:00–18:59 then, 07:00–\d\d:\d\d now/)
  })

  test('the tours pages in Vietnamese have no English left', async ({ page }) => {
    await page.goto(`${TRIP}&lang=vi`)
    await planned(page)
    await expect(page.getByTestId('trip-tools')).toContainText('Lưu và chia sẻ chuyến đi')
    await page.getByTestId('tour-name').fill('Hai ngày cho đoàn Bắc Giang')
    await page.getByTestId('save-tour').click()
    await expect(page.getByTestId('trip-tools-status')).toContainText('Đã lưu “Hai ngày cho đoàn Bắc Giang”')
    await page.goto('/tours?lang=vi')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lịch trình đã lưu')
    await expect(page.getByTestId('tour-list')).toContainText('5 di tích · 2 ngày từ 5/12/2026')
    const body = await page.locator('main').innerText()
    expect(body.match(/\b(tours|tripTools|storage|roadbook)\.[a-zA-Z]+/g) ?? []).toEqual([])
    await page.screenshot({ path: 'screenshots/tours-vi.png', fullPage: true })
    await expectAccessible(page)
  })

  test('a tours file with problems: a clear message, and nothing already saved is lost', async ({ page }, info) => {
    await page.goto(`${TRIP}&lang=en`)
    await planned(page)
    await saveAs(page, 'Already here')
    await page.goto('/tours?lang=en')
    const bad = info.outputPath('bad.json')
    const { writeFileSync } = await import('node:fs')
    writeFileSync(bad, '{"format": "heritage-routes/saved-tours", "schemaVersion": 1, "tours": [')
    await page.getByTestId('import-file').setInputFiles(bad)
    await expect(page.getByTestId('import-report')).toContainText('is not a tours file this app can read')
    await expect(page.getByTestId('import-report')).toContainText('line 1')
    await expect(page.getByTestId('tour-list')).toContainText('Already here')
  })

  test('print gives a roadbook with every day and the notes, without the page around it', async ({ page }) => {
    await page.goto(`${TRIP}&lang=vi`)
    await planned(page)
    await page.getByTestId('tour-note').fill('Mang theo áo ấm cho sáng sớm trên núi')
    await page.emulateMedia({ media: 'print' })
    const book = page.getByTestId('roadbook')
    await expect(book).toBeVisible()
    await expect(page.locator('.app-header')).toBeHidden()
    await expect(page.locator('.scenario-bar')).toBeHidden()
    await expect(page.getByTestId('trip-tools')).toBeHidden()
    await expect(book.getByTestId('roadbook-day-1')).toContainText('Ngày 1 — Thứ Bảy, 5/12/2026')
    await expect(book.getByTestId('roadbook-day-2')).toContainText('Ngày 2 — Chủ Nhật, 6/12/2026')
    await expect(book).toContainText('Mang theo áo ấm cho sáng sớm trên núi')
    await expect(book).toContainText('Lưu ý')
    await expect(book.getByTestId('qr-code')).toBeVisible()
    await expect(book.locator('.day-map')).toHaveCount(2)
    // Nothing clipped: the roadbook is as tall as its content.
    const clipped = await book.evaluate(
      (el) =>
        (el as unknown as { scrollHeight: number; clientHeight: number }).scrollHeight -
        (el as unknown as { clientHeight: number }).clientHeight,
    )
    expect(clipped).toBeLessThanOrEqual(1)
    const pdf = await page.pdf({ format: 'A4' })
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)!.length).toBeGreaterThanOrEqual(2)
    await page.screenshot({ path: 'screenshots/roadbook-vi.png', fullPage: true })
  })

  test('hostile names and notes show as text and run nothing', async ({ page }) => {
    // The payloads would set window.__xss if anything ran them: it must stay 0.
    await page.addInitScript(() => {
      ;(globalThis as unknown as Record<string, number>)['__xss'] = 0
    })
    await page.goto(`${TRIP}&lang=en`)
    await planned(page)
    for (const payload of corpus.slice(0, 10)) {
      const name = payload.slice(0, 200)
      await page.getByTestId('tour-name').fill(name)
      await page.getByTestId('tour-note').fill(payload)
      const asNew = page.getByTestId('save-as-new')
      const before = page.url()
      await ((await asNew.count()) > 0 ? asNew : page.getByTestId('save-tour')).click()
      // Wait for this save to open as its own tour before typing the next name.
      await expect(page.getByTestId('trip-tools-status')).toContainText(`Saved “${name.trim()}”`)
      await expect(page).not.toHaveURL(before)
      await expect(page.getByTestId('tour-name')).toHaveValue(name)
    }
    await page.goto('/tours?lang=en')
    await expect(page.getByTestId('tour-list').locator('li')).toHaveCount(10)
    await expect(page.getByTestId('tour-list')).toContainText('<img src=x onerror="window.__xss=1">')
    await expect(page.getByTestId('tour-list')).toContainText('"><script>window.__xss=1</script>')
    expect(await page.evaluate(() => (globalThis as unknown as Record<string, number>)['__xss'])).toBe(0)
    await expect(page.locator('main img, main svg[onload], main iframe, main script')).toHaveCount(0)
  })

  test('a save from a stale tab is refused with a clear message; the other tab’s save is kept', async ({ context }) => {
    const a = await context.newPage()
    await a.goto(`${TRIP}&lang=en`)
    await planned(a)
    await saveAs(a, 'Shared tour')
    const b = await context.newPage()
    await b.goto(a.url())
    await planned(b)
    await expect(b.getByTestId('tour-status')).toContainText('Shared tour')
    // Tab B starts editing; tab A then saves its own edit; B's save must not overwrite it unseen.
    await b.getByTestId('tour-name').fill('Edited in tab B')
    await a.getByTestId('tour-name').fill('Edited in tab A')
    await a.getByTestId('save-tour').click()
    await expect(a.getByTestId('trip-tools-status')).toContainText('Saved “Edited in tab A”')
    await b.getByTestId('save-tour').click()
    await expect(b.getByRole('alert')).toContainText('saved in another tab or window meanwhile')
    await expect(b.getByTestId('tour-name')).toHaveValue('Edited in tab B')
    // An untouched tab follows the other tab's save instead.
    const c = await context.newPage()
    await c.goto(a.url())
    await planned(c)
    await a.getByTestId('tour-name').fill('Edited again in tab A')
    await a.getByTestId('save-tour').click()
    await expect(c.getByTestId('tour-name')).toHaveValue('Edited again in tab A')
    await b.goto('/tours?lang=en')
    await expect(b.getByTestId('tour-list')).toContainText('Edited again in tab A')
    await expect(b.getByTestId('tour-list')).not.toContainText('Edited in tab B')
  })

  test('a full storage quota says so and keeps the edit on screen', async ({ page }) => {
    await page.addInitScript(() => {
      const store = (globalThis as unknown as { IDBObjectStore: { prototype: { put: unknown } } }).IDBObjectStore
      store.prototype.put = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      }
    })
    await page.goto(`${TRIP}&lang=en`)
    await planned(page)
    await page.getByTestId('tour-name').fill('Will not fit')
    await page.getByTestId('save-tour').click()
    await expect(page.getByRole('alert')).toContainText("The browser's storage for this site is full")
    await expect(page.getByTestId('tour-name')).toHaveValue('Will not fit')
    await expect(page.getByTestId('export-backup')).toBeVisible()
  })

  test('without storage (a private window) tours are kept in the tab, and it says so', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(globalThis, 'indexedDB', { value: undefined, configurable: true })
    })
    await page.goto(`${TRIP}&lang=vi`)
    await planned(page)
    await expect(page.getByRole('alert')).toContainText('Trình duyệt không cho trang lưu dữ liệu')
    await page.getByTestId('tour-name').fill('Chỉ trong thẻ này')
    await page.getByTestId('save-tour').click()
    await expect(page.getByTestId('trip-tools-status')).toContainText('Đã lưu “Chỉ trong thẻ này”')
  })
})

test.describe('offline', () => {
  // The one journey that needs the service worker (the others block it: see playwright.config.ts).
  test.use({ serviceWorkers: 'allow' })
  test('after one visit the app plans a route and a trip with no connection', async ({ page, context }) => {
    await page.goto('/?lang=en')
    await page.evaluate(async () => {
      const sw = (navigator as unknown as { serviceWorker: { ready: Promise<unknown> } }).serviceWorker
      await sw.ready
    })
    await expect
      .poll(() =>
        page.evaluate(
          () => !!(navigator as unknown as { serviceWorker: { controller: unknown } }).serviceWorker.controller,
        ),
      )
      .toBe(true)
    await context.setOffline(true)
    await page.goto('/route?from=kiep-bac-temple&to=vinh-nghiem-pagoda&lang=en')
    await expect(page.getByTestId('offline-status')).toContainText('You are offline')
    await expect(page.getByTestId('route-result')).toHaveAttribute('data-state', 'done', { timeout: 30_000 })
    await page.goto(`${TRIP}&lang=en`)
    await planned(page)
    await expect(page.getByTestId('day-2')).toBeVisible()
    await page.getByText('Show OpenStreetMap background').click()
    await expect(page.locator('.basemap-offline')).toContainText('unavailable offline')
    await context.setOffline(false)
  })
})
