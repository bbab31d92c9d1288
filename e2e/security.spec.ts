import { expect, test } from '@playwright/test'
import { waitForMap } from './helpers.ts'

test.describe('content security policy', () => {
  test('the built app declares a strict CSP and no page breaks it', async ({ page }) => {
    const violations: string[] = []
    await page.exposeFunction('reportViolation', (text: string) => {
      violations.push(text)
    })
    await page.addInitScript(() => {
      // Runs in the page; the e2e tsconfig has no DOM types, hence the narrow shape.
      const view = globalThis as unknown as {
        document: {
          addEventListener: (type: string, f: (e: { violatedDirective: string; blockedURI: string }) => void) => void
        }
        reportViolation: (text: string) => Promise<void>
      }
      view.document.addEventListener('securitypolicyviolation', (e) => {
        void view.reportViolation(`${e.violatedDirective} ${e.blockedURI}`)
      })
    })
    await page.goto('/?lang=en')
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain("object-src 'none'")
    await waitForMap(page)
    for (const path of [
      '/route?from=kiep-bac-temple&to=vinh-nghiem-pagoda',
      '/itinerary?start=hanoi&visit=con-son-pagoda',
      '/compare',
      '/places/con-son-pagoda',
      '/projects/dong-viet-bridge',
      '/projects?assume=cam-ly-bridge@2028-06',
      '/tours',
      '/compare?delay=dong-viet-bridge@12&before=today',
    ]) {
      await page.goto(`${path}${path.includes('?') ? '&' : '?'}lang=en`)
      await page.waitForLoadState('networkidle')
    }
    expect(violations).toEqual([])
  })
})
