// The handover crosses PCs, in the real renderer: two browser contexts, each on its own app
// context with the real sync engine, act as the day agent's PC at home and the night agent's PC
// at the shop, against one real team server on loopback (PostgreSQL, the PowerSync service and
// the team API). The item is written and handed over on one and taken over on the other.
import type { Page } from '@playwright/test'
import { serverPrerequisites } from '../server/helpers/prerequisites'
import type { TeamStack } from '../server/helpers/team-stack'
import { expect, test, type Story } from './fixtures'
import { joinTeam, openShopPc, startShop } from './team-shop'

const prereq = serverPrerequisites()

function card(app: Page, customer: string) {
  return app.getByTestId('handover-item').filter({ hasText: customer })
}

test.describe('a handover written at home and taken over at the shop', () => {
  test.describe.configure({ mode: 'serial' })
  test.skip('skip' in prereq, 'No PostgreSQL or PowerSync service on this machine (scripts/team-server/ci-setup.sh)')
  let stack: TeamStack
  let home: Story
  let shop: Story

  test.beforeAll(async ({ chromium }, testInfo) => {
    test.skip(!chromium, 'Chromium only: two app contexts run beside the test, each with its own sync engine')
    testInfo.setTimeout(240_000)
    if ('skip' in prereq) return
    const team = await startShop(prereq, '组长')
    stack = team.stack
    home = await openShopPc(chromium!, testInfo, '小美', 'KF017')
    shop = await openShopPc(chromium!, testInfo, '阿斌', 'KF021')
    await joinTeam(home, stack, team.owner, 'agent', 'xiaomei', '小美')
    await joinTeam(shop, stack, team.owner, 'agent', 'abin', '阿斌')
  })
  test.afterAll(async () => {
    await home?.close()
    await shop?.close()
    await stack?.stop()
  })

  test('the day agent writes an urgent item at home and hands it over', async () => {
    test.setTimeout(120_000)
    const { app } = home
    await app.keyboard.press('Alt+5')
    await app.getByRole('tab', { name: /交班/ }).click()
    const form = app.getByTestId('handover-item-form')
    await form.getByLabel('客户旺旺名').fill('花花小铺')
    await form.getByLabel('订单号').fill('2026120755501')
    await form.getByText('紧急', { exact: true }).click()
    await form.getByLabel('情况').fill('顾客说退款还没到账，很着急')
    await form.getByLabel('下一步').fill('查支付宝退款进度，回复顾客')
    await form.getByRole('button', { name: '加入交接' }).click()
    await expect(card(app, '花花小铺')).toBeVisible()
    await app.getByLabel('给下一班的备注').fill('今天退款的顾客多，晚上记得查支付宝')
    await app.getByLabel('现金').fill('500')
    await app.getByLabel('物品数量').click() // leaving the field saves it
    await expect(app.getByText('备注已保存')).toBeVisible()
    await app.getByTestId('submit-handover').click()
    await app.locator('.ant-popconfirm').getByRole('button', { name: '提交交接' }).click()
    await expect(app.getByText('交接已提交，1 条事项已交给下一班。')).toBeVisible()
  })

  test('the night agent at the shop PC is shown the urgent item at once and takes it over', async () => {
    test.setTimeout(120_000)
    const { app } = shop
    // No reload: the item arrives through the team and the take-over screen closes over the app.
    const takeOver = app.getByTestId('take-over-screen')
    await expect(takeOver).toBeVisible({ timeout: 60_000 })
    await expect(takeOver).toContainText('上一班交给你 1 条紧急事项')
    await expect(card(app, '花花小铺')).toContainText('顾客说退款还没到账，很着急')
    await expect(card(app, '花花小铺')).toContainText('小美')
    // The day shift's note and cash count came with it, under her name.
    await expect(takeOver.getByTestId('last-handover')).toContainText('小美', { timeout: 60_000 })
    await expect(takeOver.getByTestId('last-handover')).toContainText('今天退款的顾客多，晚上记得查支付宝')
    await expect(takeOver.getByTestId('last-handover')).toContainText('现金 500.00 元')
    await app.screenshot({ path: 'docs/screenshots/handover-team-take-over.png' })
    await card(app, '花花小铺').getByRole('button', { name: '我来跟进' }).click()
    await expect(app.getByRole('navigation')).toBeVisible()
  })

  test('the day agent sees at home who follows the item now', async () => {
    test.setTimeout(120_000)
    const { app } = home
    const others = app.getByRole('region', { name: '同事跟进中的事项（1）' })
    await app.getByRole('tab', { name: /接班/ }).click()
    await expect(others).toBeVisible({ timeout: 60_000 })
    await expect(card(app, '花花小铺')).toContainText('阿斌 跟进中')
  })
})
