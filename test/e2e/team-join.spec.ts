// Settings → 团队 in the real renderer, against a real team server on loopback (PostgreSQL, the
// PowerSync service and the team API: test/server/helpers/team-stack.ts) with the real sync
// engine in the test server: an agent joins with an invite code and the header says 已同步.
import { invite, signUp } from '../server/helpers/api-client'
import { serverPrerequisites } from '../server/helpers/prerequisites'
import { TeamStack } from '../server/helpers/team-stack'
import { powerSyncPort } from '../../src/main/services/sync/power-sync-port'
import type { SessionResponse } from '../../src/shared/team/api'
import { createFirstProfile, expect, test } from './fixtures'

const prereq = serverPrerequisites()

test.describe('joining a team from Settings', () => {
  test.skip('skip' in prereq, 'No PostgreSQL or PowerSync service on this machine (scripts/team-server/ci-setup.sh)')
  test.use({ teamSync: { port: powerSyncPort() } })
  let stack: TeamStack
  let admin: SessionResponse

  // eslint-disable-next-line no-empty-pattern -- Playwright hooks must destructure their fixtures
  test.beforeAll(async ({}, testInfo) => {
    testInfo.setTimeout(240_000)
    if ('skip' in prereq || testInfo.project.name !== 'chromium') return
    stack = await TeamStack.start(prereq)
    const first = await stack.api.accounts.firstAdminInvite(stack.api.shopId)
    admin = await signUp(stack.apiUrl, first!.code, 'Boss')
  })
  test.afterAll(async () => {
    await stack?.stop()
  })

  test('an agent joins with an invite code, sees who and where, and the header says 已同步', async ({ app, server }) => {
    test.skip(!server, 'Chromium only: the team server runs beside the test server')
    test.setTimeout(120_000)
    await createFirstProfile(app)
    await expect(app.getByTestId('sync-chip')).toHaveCount(0)
    await app.keyboard.press('Alt+6')
    const card = app.getByTestId('team-card')
    await card.scrollIntoViewIfNeeded()
    await card.getByLabel('团队服务器地址', { exact: true }).fill(stack.apiUrl)
    await card.getByLabel('邀请码', { exact: true }).fill(await invite(stack.apiUrl, admin))
    await card.getByLabel('登录名', { exact: true }).fill('xiaomei')
    await card.getByLabel('在团队里显示的名字', { exact: true }).fill('小美')
    await card.getByLabel('密码（至少 8 位）', { exact: true }).fill('xiaomei password 1')
    await card.screenshot({ path: 'docs/screenshots/settings-team-join.png' })
    await card.getByRole('button', { name: '加入团队' }).click()

    const joined = card.getByTestId('team-joined')
    await expect(joined).toContainText('小美（xiaomei）')
    await expect(joined).toContainText(stack.apiUrl)
    await expect(joined).toContainText('客服')
    await expect(app.getByTestId('sync-chip')).toHaveText('已同步', { timeout: 60_000 })
    // The shop's seeded replies were on this PC before the join: offered to the team, once.
    const bringIn = card.getByTestId('team-bring-in')
    await expect(bringIn).toContainText('共享快捷回复团队里还没有')
    await card.screenshot({ path: 'docs/screenshots/settings-team-bring-in.png' })
    await bringIn.getByRole('button', { name: '带进团队' }).click()
    await expect(card.getByTestId('team-bring-in-done')).toContainText(/好了：\d+ 条共享回复加入了团队。/)
    await expect(app.getByTestId('sync-chip')).toHaveText('已同步', { timeout: 60_000 })
    await card.screenshot({ path: 'docs/screenshots/settings-team.png' })
    await app.locator('header').screenshot({ path: 'docs/screenshots/header-sync-chip.png' })
  })
})
