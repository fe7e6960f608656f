import { defineConfig } from '@playwright/test'

// The test server runs inside the Playwright workers: give them the browser's time zone, so
// the header's shift and the server's dates agree (an installed app is one machine, one zone).
process.env.TZ = 'Asia/Shanghai'

// Debian's Chromium is used as installed (never `playwright install`). The electron project
// runs the same specs through the real app and reports them skipped where no binary exists.
//
// Budgets for a busy 2-core machine: every test needs under half of `timeout` on a quiet one
// (long stories are split into serial steps), and `expect` waits on events, bounded generously.
// In CI one worker runs the specs: each worker drives a Chromium and hosts a test server, and
// two of them on two cores starve each other (and any other load) into timeouts.
export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/playwright',
  timeout: 60_000,
  expect: { timeout: 20_000 },
  fullyParallel: true,
  workers: process.env.CI ? 1 : 2,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        channel: undefined,
        headless: true,
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-dev-shm-usage', '--disable-sync'],
        },
      },
    },
    { name: 'electron' },
  ],
})
