// 网吧模式 in the real renderer against a real team server on loopback: from the first screen an
// agent switches to café mode, signs in with her team account, works, and signs out while a change
// is still queued: the dialog says how many and waits; once the server has it, the copy is gone
// and the café sign-in screen is back.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { callApi, invite, signUp } from '../server/helpers/api-client'
import { serverPrerequisites } from '../server/helpers/prerequisites'
import { TeamStack } from '../server/helpers/team-stack'
import { powerSyncPort } from '../../src/main/services/sync/power-sync-port'
import { expect, test } from './fixtures'

const prereq = serverPrerequisites()

test.describe('café mode (网吧模式)', () => {
  test.skip('skip' in prereq, 'No PostgreSQL or PowerSync service on this machine (scripts/team-server/ci-setup.sh)')
  test.use({ teamSync: { port: powerSyncPort() } })
  let stack: TeamStack
  const password = 'xiaomei cafe password'

  // eslint-disable-next-line no-empty-pattern -- Playwright hooks must destructure their fixtures
  test.beforeAll(async ({}, testInfo) => {
    testInfo.setTimeout(240_000)
    if ('skip' in prereq || testInfo.project.name !== 'chromium') return
    stack = await TeamStack.start(prereq)
    const first = await stack.api.accounts.firstAdminInvite(stack.api.shopId)
    const admin = await signUp(stack.apiUrl, first!.code, 'Boss')
    const accepted = await callApi(stack.apiUrl, '/api/invites/accept', { code: await invite(stack.apiUrl, admin), login: 'xiaomei', displayName: '小美', password })
    expect(accepted.status).toBe(200)
  })
  test.afterAll(async () => {
    await stack?.stop()
  })

  test('signs in at a public PC, and signs out only once a queued change reached the server, leaving nothing', async ({ app, server, backend, dataDir }) => {
    test.skip(!server, 'Chromium only: the team server runs beside the test server')
    test.setTimeout(150_000)
    await app.getByTestId('cafe-mode-link').getByRole('button', { name: '网吧模式（网吧、公用电脑）' }).click()
    const signIn = app.getByTestId('cafe-sign-in')
    await expect(signIn.getByRole('heading', { name: '网吧模式登录' })).toBeVisible()
    await signIn.getByLabel('团队服务器地址').fill(stack.apiUrl)
    await signIn.getByLabel('登录名').fill('xiaomei')
    await signIn.getByLabel('密码').fill(password)
    await expect(signIn.getByRole('button', { name: '登录' })).toBeEnabled()
    await app.screenshot({ path: 'docs/screenshots/cafe-sign-in.png' })
    await signIn.getByRole('button', { name: '登录' }).click()

    await expect(app.getByTestId('profile-switcher')).toContainText('小美', { timeout: 60_000 })
    await expect(app.getByTestId('sync-chip')).toHaveText('已同步', { timeout: 60_000 })
    // The network drops (as it does at a café), and she notes a customer's question.
    await backend.run((s) => s.team.pause(), null)
    await backend.run((s) => s.issueRegister.create({ kind: 'question', text: 'CAFE-E2E-MARKER 顾客问能不能改地址', answer: '' }), null)

    await app.getByTestId('cafe-sign-out').click()
    const waiting = app.getByTestId('cafe-sign-out-waiting')
    await expect(waiting).toContainText('还有 1 条改动没有上传到团队服务器。', { timeout: 30_000 })
    await expect(waiting.getByRole('button', { name: '导出未上传的改动并退出' })).toBeVisible()
    // The dialog's opening animation is over before the picture is taken.
    await expect(app.locator('.ant-modal[class*="zoom"]')).toHaveCount(0)
    await app.screenshot({ path: 'docs/screenshots/cafe-sign-out-waiting.png' })
    expect(existsSync(join(dataDir, 'cafe'))).toBe(true)

    // The network is back: the change uploads, the copy goes, and the café sign-in screen is back.
    await backend.run((s) => s.team.resume(), null)
    await expect(app.getByTestId('cafe-sign-in')).toBeVisible({ timeout: 60_000 })
    expect(existsSync(join(dataDir, 'cafe'))).toBe(false)
    const uploaded = await stack.api.pool.query('SELECT 1 FROM register_entries WHERE text = $1', ['CAFE-E2E-MARKER 顾客问能不能改地址'])
    expect(uploaded.rowCount).toBe(1)
    expect(await backend.clipboardText()).toBe('')
  })
})
