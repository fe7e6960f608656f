// Keystroke to painted result list in Chromium: the built renderer on the e2e test server,
// whose database holds `total` replies (the default library plus synthetic ones imported
// through the real import path). Measured in the page: performance.now() at keydown, and
// again in the first requestAnimationFrame after the list was re-rendered (the frame that
// paints it). Frame alignment (up to one 16.7 ms frame) is in both this and its baseline.
import { withDeskPage } from './browser'
import { TYPED } from './replies-data'
import { fillReplyLibrary } from './seed-agent'
import { framesPainted } from './page-settled'

declare global {
  interface Window {
    __keystrokeMs: number[]
  }
}

/**
 * Installs the in-page probe: one sample per printable keystroke. React renders the new list
 * in the same task as the input event (a discrete event: the commit runs in its microtasks),
 * so the first animation frame after the input event is the one that paints the updated list.
 */
function installProbe(): void {
  window.__keystrokeMs = []
  let t0 = 0
  document.addEventListener('keydown', (event) => {
    if (event.key.length === 1) t0 = performance.now()
  }, true)
  document.addEventListener('input', () => {
    if (t0 === 0) return
    const start = t0
    t0 = 0
    requestAnimationFrame(() => window.__keystrokeMs.push(performance.now() - start))
  })
}

export async function measureKeystrokes(total: number): Promise<number[]> {
  return withDeskPage('replies', (services) => fillReplyLibrary(services, total), async (page) => {
    await page.getByTestId('reply-row').first().waitFor()
    await page.evaluate(installProbe)
    for (const text of TYPED) {
      await page.getByTestId('reply-search').focus()
      await page.keyboard.type(text, { delay: 80 })
      await page.keyboard.press('Escape')
      await framesPainted(page)
    }
    return page.evaluate(() => window.__keystrokeMs)
  })
}
