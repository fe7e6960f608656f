// Waits, in the page, for what a bench needs between two measurements instead of a fixed pause.
import type { Page } from '@playwright/test'

/** Two animation frames: whatever the last input rendered has been painted. */
export function framesPainted(page: Page): Promise<unknown> {
  return page.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))')
}

/** The page's next idle period: start-up work (prefetches, first renders) is done. */
export function pageIdle(page: Page): Promise<unknown> {
  return page.evaluate('new Promise((done) => requestIdleCallback(done, { timeout: 2000 }))')
}
