// Chromium only: the story moves main's clock across a night, which only the test server's clock can do.
import type { Page } from '@playwright/test'
import { createFirstProfile, expect, openStory, test, type MovableClock, type Story } from './fixtures'

// Shift times are wall-clock times: main (this process) and the page must read the same zone.
const ZONE = 'Asia/Shanghai'
const at = (d: number, h: number, mi = 0) => new Date(2026, 10, d, h, mi).getTime()

/** Moves main's clock and the page's clock together. */
async function timeIs(app: Page, clock: MovableClock, ms: number) {
  clock.set(ms)
  await app.clock.setFixedTime(ms)
}

async function writeItem(app: Page, item: { customer: string; orderNo?: string; situation: string; nextStep?: string; promised?: string; due?: string; urgency: '紧急' | '一般' | '潜在客户' }) {
  const form = app.getByTestId('handover-item-form')
  await form.getByLabel('客户旺旺名').fill(item.customer)
  if (item.orderNo) await form.getByLabel('订单号').fill(item.orderNo)
  if (item.due) await form.getByLabel('期限').fill(item.due)
  await form.getByText(item.urgency, { exact: true }).click()
  await form.getByLabel('情况').fill(item.situation)
  if (item.nextStep) await form.getByLabel('下一步').fill(item.nextStep)
  if (item.promised) await form.getByLabel('已答应顾客').fill(item.promised)
  await form.getByRole('button', { name: '加入交接' }).click()
  await expect(app.getByTestId('handover-item').filter({ hasText: item.customer })).toBeVisible()
}

function card(app: Page, customer: string) {
  return app.getByTestId('handover-item').filter({ hasText: customer })
}

test.describe('shift handover on a shared PC, from the day shift through the night to the next morning', () => {
  test.describe.configure({ mode: 'serial' })
  let story: Story
  let machineZone: string | undefined
  test.beforeAll(async ({ chromium }, testInfo) => {
    test.skip(!chromium, 'Chromium only: moves main\'s clock across a night, which only the test server can do')
    machineZone = process.env.TZ
    process.env.TZ = ZONE
    story = await openStory(chromium!, testInfo)
  })
  test.afterAll(async () => {
    await story?.close()
    if (machineZone === undefined) delete process.env.TZ
    else process.env.TZ = machineZone
  })

  test('the day agent adds the night agent with a PIN and writes two items, a note and the cash count', async () => {
    const { app, clock } = story
    await timeIs(app, clock, at(22, 15, 30))
    await app.reload()
    await createFirstProfile(app, '小美', 'KF017')

    await app.keyboard.press('Alt+6')
    await app.getByTestId('add-profile').click()
    const dialog = app.getByRole('dialog')
    await dialog.getByLabel('你的称呼').fill('阿强')
    await dialog.getByLabel('工号（可选）').fill('KF020')
    await dialog.getByLabel('PIN（可选）').fill('2468')
    await dialog.getByLabel('再输一次 PIN').fill('2468')
    await dialog.getByRole('button', { name: '保存' }).click()
    await expect(dialog).toBeHidden()

    await app.keyboard.press('Alt+5')
    await expect(app.getByText('本次交接：2026-11-22 白班。')).toBeVisible()
    await writeItem(app, {
      customer: '花花小铺',
      orderNo: '2026112255501',
      situation: '顾客说退款还没到账，很着急',
      nextStep: '查支付宝退款进度，回复顾客',
      promised: '今晚 8 点前给答复',
      due: '2026-11-22T20:00',
      urgency: '紧急',
    })
    await writeItem(app, { customer: '爱逛街的猫', situation: '问了 XL 码什么时候补货，很想买', nextStep: '到货后联系她下单', urgency: '潜在客户' })
    await app.getByLabel('给下一班的备注').fill('备用金已清点，放在抽屉里')
    await app.getByLabel('现金').fill('500')
    await app.getByLabel('物品数量').click() // leaving the field saves it
    await expect(app.getByText('备注已保存')).toBeVisible()
  })

  test('the day agent submits and locks; a wrong PIN is refused and the right one opens the take-over screen, urgent item first', async () => {
    const { app, clock } = story
    await timeIs(app, clock, at(22, 16, 20))
    await app.getByTestId('submit-handover').click()
    await app.locator('.ant-popconfirm').getByRole('button', { name: '提交交接' }).click()
    await expect(app.getByText('交接已提交，2 条事项已交给下一班。')).toBeVisible()

    await app.getByTestId('lock-button').click()
    await expect(app.getByTestId('lock-screen')).toBeVisible()
    await app.getByTestId('lock-profile-阿强').click()
    await app.getByLabel('阿强 的 PIN').fill('1357')
    await app.getByLabel('阿强 的 PIN').press('Enter')
    await expect(app.getByTestId('lock-screen').getByRole('alert')).toContainText('PIN 不对。再错 4 次')
    await app.getByLabel('阿强 的 PIN').fill('2468')
    await app.getByLabel('阿强 的 PIN').press('Enter')

    // Urgent items first: nothing else is reachable until it is taken over.
    const takeOver = app.getByTestId('take-over-screen')
    await expect(takeOver).toBeVisible()
    await app.clock.setFixedTime(at(22, 16, 25))
    await expect(takeOver).toContainText('上一班交给你 1 条紧急事项')
    await expect(takeOver).toContainText('备用金已清点，放在抽屉里')
    await expect(takeOver).toContainText('现金 500.00 元')
    await expect(app.getByRole('navigation')).toHaveCount(0)
    await expect(takeOver.getByRole('button', { name: '稍后处理' })).toHaveCount(0)
    await expect(takeOver.getByTestId('handover-item').first()).toContainText('花花小铺')
  })

  test('the night agent takes both items, records progress on the refund and closes the potential buyer with a resolution', async () => {
    const { app, clock } = story
    await card(app, '花花小铺').getByRole('button', { name: '我来跟进' }).click()
    await card(app, '爱逛街的猫').getByRole('button', { name: '我来跟进' }).click()
    await expect(app.getByRole('navigation')).toBeVisible()

    await app.keyboard.press('Alt+5')
    await expect(app.getByRole('tab', { name: /接班/, selected: true })).toBeVisible()
    await timeIs(app, clock, at(22, 19, 0))
    await card(app, '花花小铺').getByRole('button', { name: '记录进展' }).click()
    await app.getByRole('textbox', { name: '进展' }).fill('支付宝显示退款处理中，已告诉顾客明天到账')
    await app.getByRole('button', { name: '保存进展' }).click()
    await expect(card(app, '花花小铺').getByRole('button', { name: '经过（4）' })).toBeVisible()
    await app.setViewportSize({ width: 1280, height: 1180 })
    await card(app, '花花小铺').getByRole('button', { name: '经过（4）' }).click()
    await expect(app.locator('.ant-message-notice')).toHaveCount(0)
    await app.screenshot({ path: 'docs/screenshots/handover.png' })
    await app.setViewportSize({ width: 1280, height: 800 })

    await card(app, '爱逛街的猫').getByRole('button', { name: '处理完毕' }).click()
    const complete = app.getByRole('dialog')
    await expect(complete.getByRole('button', { name: '标记为已完成' })).toBeDisabled()
    await complete.getByRole('textbox', { name: '处理结果' }).fill('XL 码到货，已联系，顾客下单两件')
    await complete.getByRole('button', { name: '标记为已完成' }).click()
    await expect(card(app, '爱逛街的猫')).toHaveCount(0)
    await expect(app.getByRole('region', { name: '我跟进的事项（1）' })).toBeVisible()
  })

  test('the night agent hands the open refund over to the next shift', async () => {
    const { app, clock } = story
    await timeIs(app, clock, at(22, 22, 20))
    await app.getByRole('tab', { name: '交班' }).click()
    await expect(app.getByText('你跟进中、还没处理完的 1 条事项，会随这次交接一起交给下一班。')).toBeVisible()
    await app.getByTestId('submit-handover').click()
    await app.locator('.ant-popconfirm').getByRole('button', { name: '提交交接' }).click()
    await expect(app.getByText('交接已提交，1 条事项已交给下一班。')).toBeVisible()
    await app.getByTestId('lock-button').click()
    await expect(app.getByTestId('lock-screen')).toBeVisible()
  })

  test('next morning the day agent finds the refund again, with everything that happened to it', async () => {
    const { app, clock } = story
    await timeIs(app, clock, at(23, 9, 5))
    await app.getByTestId('lock-profile-小美').click()
    await app.getByRole('button', { name: '进入' }).click()
    const takeOver = app.getByTestId('take-over-screen')
    await expect(takeOver).toBeVisible()
    await app.clock.setFixedTime(at(23, 9, 5))
    const refund = card(app, '花花小铺')
    await expect(refund).toContainText('阿强 已交出，等人接手')
    await expect(refund).toContainText('已超过期限')
    await refund.getByRole('button', { name: '经过（5）' }).click()
    const history = refund.locator('.ant-timeline')
    await expect(history).toContainText('11-22 15:30 · 白班 小美 写下')
    await expect(history).toContainText('11-22 16:20 · 白班 小美 交班交出')
    await expect(history).toContainText('晚班 阿强 接手跟进')
    await expect(history).toContainText('11-22 19:00 · 晚班 阿强 记录进展支付宝显示退款处理中，已告诉顾客明天到账')
    await expect(history).toContainText('11-22 22:20 · 晚班 阿强 交班交出')
    await expect(takeOver.getByTestId('handover-item')).toHaveCount(1)
    await refund.getByRole('button', { name: '我来跟进' }).click()
    await expect(app.getByRole('navigation')).toBeVisible()
  })

  test('the log keeps the closed item with its resolution, found by a search', async () => {
    const { app } = story
    await app.getByRole('menuitem', { name: /交接记录/ }).click()
    await app.getByRole('tab', { name: '交接日志' }).click()
    await app.getByLabel('搜索交接日志').fill('XL')
    await app.getByLabel('搜索交接日志').press('Enter')
    const log = app.getByRole('tabpanel', { name: '交接日志' })
    await expect(log.getByTestId('handover-item')).toHaveCount(1)
    await expect(log.getByTestId('handover-item')).toContainText('XL 码到货，已联系，顾客下单两件')
  })
})
