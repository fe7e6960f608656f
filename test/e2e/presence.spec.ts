import type { Locator, Page } from '@playwright/test'
import type { TestServer } from './test-server'
import { ACTIVITY_REPORT_EVERY_MS } from '../../src/renderer/features/presence/useActivityReporter'
import { createFirstProfile, deskSettled, expect, test } from './fixtures'

const toggle = (app: Page) => app.getByTestId('presence-toggle')

/** Clicks "online"; outside the shift (the real clock decides) the window asks first. */
async function goOnline(app: Page, button: Locator): Promise<void> {
  await button.click()
  const dialog = app.getByRole('dialog', { name: /不在你的班次内/ })
  const online = app.locator('[data-testid="presence-toggle"][data-status="online"]')
  await expect(dialog.or(online)).toBeVisible()
  if (await dialog.isVisible()) await dialog.getByRole('button', { name: '确定上线' }).click()
  await expect(online).toBeVisible()
}

/** Yesterday (Asia/Shanghai, the browser's zone) as a realistic day of an agent's presence log. */
function seedYesterday(server: TestServer): void {
  const H = 3_600_000
  const M = 60_000
  const shanghai = new Date(Date.now() + 8 * H)
  const midnight = Date.UTC(shanghai.getUTCFullYear(), shanghai.getUTCMonth(), shanghai.getUTCDate() - 1) - 8 * H
  const profileId = server.context.services.session.requireProfileId()
  const rows: [number, string, string, number | null][] = [
    [8 * H + 50 * M, 'offline', 'startup', null],
    [9 * H, 'online', 'manual', null],
    [10 * H + 42 * M, 'offline', 'idle', 3 * M + 4_000],
    [10 * H + 58 * M, 'online', 'manual', null],
    [12 * H, 'paused', 'manual', null],
    [12 * H + 35 * M, 'online', 'manual', null],
    [14 * H + 5 * M, 'offline', 'lock', null],
    [14 * H + 20 * M, 'online', 'manual', null],
    [16 * H + 30 * M, 'offline', 'shift-end', null],
    [16 * H + 34 * M, 'offline', 'quit', null],
  ]
  const insert = server.context.services.db.prepare('INSERT INTO presence_changes (id, profile_id, at, status, reason, away_ms) VALUES (?, ?, ?, ?, ?, ?)')
  rows.forEach(([at, status, reason, away], i) => insert.run(`seed-${i}`, profileId, midnight + at, status, reason, away))
}

test('idle auto-offline: a warning first, then a loud notice; coming back stays offline until the agent presses the button', async ({ app, server }) => {
  test.skip(!server, 'Chromium only: drives the OS idle clock, a test double of the test server')
  const presence = server!.context.services.presence
  const notifier = server!.ports.notifier
  // The page's timers run on Playwright's clock, so the spec can step past the reporter's pause.
  await app.clock.install()
  await app.reload()
  await createFirstProfile(app)
  await expect(toggle(app)).toHaveAttribute('data-status', 'offline')
  await expect(app).toHaveTitle('【离线】ShiftDesk 客服工作台')

  await goOnline(app, app.getByTestId('presence-online'))
  await expect(app).toHaveTitle('【在线】ShiftDesk 客服工作台')
  // The window reports input at most every 2 s: fire the click's held-back report now and let it
  // land, so it cannot arrive after the agent has "left".
  await app.clock.runFor(ACTIVITY_REPORT_EVERY_MS)
  await deskSettled(app)

  // 2 min 40 s without input: the warning, in the window and as a system notification.
  server!.ports.idle.set(160)
  presence.tick()
  const warning = app.getByTestId('presence-warning')
  await expect(warning).toContainText('还在电脑前吗？')
  await expect(warning).toContainText('秒后自动离线')
  expect(notifier.shown.map((n) => n.title)).toContain('还在电脑前吗？')

  // Past the 3-minute limit: offline, and the agent is told what happened.
  server!.ports.idle.set(185)
  presence.tick()
  const notice = app.getByTestId('presence-auto-offline')
  await expect(notice).toContainText('因 3 分钟没有操作自动离线')
  await expect(warning).toBeHidden()
  await expect(toggle(app)).toHaveAttribute('data-status', 'offline')
  await expect(app).toHaveTitle('【离线】ShiftDesk 客服工作台')
  expect(notifier.shown).toContainEqual(expect.objectContaining({ title: '已自动离线', urgent: true }))

  // The agent comes back and moves the mouse: still offline, the notice says how long they were away.
  server!.ports.idle.set(0)
  await app.mouse.move(300, 300)
  await app.mouse.move(420, 380)
  await expect.poll(() => presence.snapshot().autoOffline?.returnedAt ?? null).not.toBeNull()
  presence.tick()
  await expect(notice).toContainText('你离开了 3 分钟')
  await expect(toggle(app)).toHaveAttribute('data-status', 'offline')
  expect(presence.snapshot().status).toBe('offline')

  // The day's log has the idle auto-offline span.
  await app.getByTestId('presence-open-log').click()
  const timeline = app.getByTestId('presence-timeline')
  await expect(timeline.getByRole('listitem', { name: /离线（空闲自动离线）/ })).toHaveCount(1)
  await expect(timeline.getByRole('listitem', { name: /在线（手动切换）/ })).toHaveCount(1)
  await expect(app.getByRole('cell', { name: '空闲自动离线（离开 3 分钟后）' })).toBeVisible()
  await app.keyboard.press('Escape')

  // Only the button brings the account back.
  await goOnline(app, notice.getByRole('button', { name: '重新上线' }))
  await expect(notice).toBeHidden()
  expect(presence.snapshot()).toMatchObject({ status: 'online', reason: 'manual' })
})

test('the screen lock takes the agent offline at once, and paused is a state of its own', async ({ app, backend }) => {
  await createFirstProfile(app)
  await app.getByTestId('presence-paused').click()
  await expect(toggle(app)).toHaveAttribute('data-status', 'paused')
  await expect(app.getByRole('button', { name: /挂起/, pressed: true })).toBeVisible()
  await backend.run((services) => services.presence.signal('lock-screen'), null)
  await expect(toggle(app)).toHaveAttribute('data-status', 'offline')
  await expect(app.getByTestId('presence-auto-offline')).toContainText('因屏幕锁定自动离线')
  await backend.run((services) => services.presence.signal('unlock-screen'), null)
  await expect(app.getByTestId('presence-auto-offline')).toContainText('你离开了 0 分钟')
  await expect(toggle(app)).toHaveAttribute('data-status', 'offline')
})

test('screenshot of presence: the header state, the auto-offline notice and a day on the timeline', async ({ app, server }, testInfo) => {
  test.skip(!server || testInfo.project.name !== 'chromium', 'screenshots come from the Chromium run')
  await createFirstProfile(app)
  seedYesterday(server!)
  await goOnline(app, app.getByTestId('presence-online'))
  server!.ports.idle.set(190)
  server!.context.services.presence.tick()
  await expect(app.getByTestId('presence-auto-offline')).toBeVisible()
  await app.getByTestId('presence-open-log').click()
  await app.getByRole('button', { name: '‹ 前一天' }).click()
  const timeline = app.getByTestId('presence-timeline')
  await expect(timeline.getByRole('listitem')).toHaveCount(10)
  await expect(app.getByTestId('presence-totals')).toContainText('6 小时 24 分')
  await app.screenshot({ path: 'docs/screenshots/presence.png' })
})
