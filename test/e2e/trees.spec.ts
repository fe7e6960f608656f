import type { Page } from '@playwright/test'
import { danglingTreeFile } from '../helpers/dangling-tree'
import { createFirstProfile, expect, test } from './fixtures'

const ORDER_NO = '4012345678901234567'

async function openTrees(app: Page) {
  await app.keyboard.press('Alt+2')
  await expect(app.getByRole('main', { name: '订单决策树' })).toBeVisible()
  await expect(app.getByTestId('tree-item').first()).toContainText('充值未到账')
}

async function question(app: Page, text: string) {
  await expect(app.getByTestId('tree-question').getByRole('heading')).toHaveText(text)
}

test('an agent walks 充值未到账 to the refund, copies the filled text and records the follow-up in the issue register', async ({ app, backend }, testInfo) => {
  await createFirstProfile(app)
  await openTrees(app)

  await app.keyboard.press('1')
  await app.getByLabel('顾客旺旺名').fill('tb_小王2026')
  await app.getByLabel('订单号').fill(ORDER_NO)
  await app.getByLabel('订单号').press('Enter')

  await question(app, '顾客咨询的是哪类问题？')
  await app.keyboard.press('1')
  await question(app, '淘宝后台里这笔订单是什么状态？')
  await app.keyboard.press('2')
  await question(app, '把订单号复制到充值后台查询，充值状态是？')
  // Back and forth works at every step.
  await app.keyboard.press('Backspace')
  await question(app, '淘宝后台里这笔订单是什么状态？')
  await app.keyboard.press('2')
  await app.keyboard.press('2')
  await question(app, '运营商系统充值失败。顾客选择重新充值还是退款？')
  await app.keyboard.press('3')

  const outcome = app.getByTestId('tree-outcome')
  await expect(outcome.getByRole('heading')).toHaveText('充值失败：顾客选退款，转专职客服')
  await expect(app.getByTestId('tree-breadcrumb')).toContainText('充值未到账›没到账›已付款›充值失败›退款')
  await expect(app.getByTestId('tree-script')).toContainText(`订单${ORDER_NO}办理全额退款`)
  if (testInfo.project.name === 'chromium') await app.screenshot({ path: 'docs/screenshots/trees.png' })

  await app.keyboard.press('c')
  await expect.poll(() => backend.clipboardText()).toContain(`按您的选择为订单${ORDER_NO}办理全额退款`)
  expect(await backend.clipboardText()).not.toContain('{{')

  await app.keyboard.press('t')
  await expect(app.getByTestId('action-transfer')).toContainText('已完成')

  await app.keyboard.press('f')
  const dialog = app.getByRole('dialog', { name: '新建跟进' })
  await expect(dialog.getByLabel('旺旺名')).toHaveValue('tb_小王2026')
  await expect(dialog.getByLabel('订单号')).toHaveValue(ORDER_NO)
  await expect(dialog.getByLabel('问题')).toHaveValue('充值未到账 › 没到账 › 已付款 › 充值失败 › 退款')
  await expect(dialog.getByLabel('买家诉求')).toHaveValue('退款')
  await expect(dialog.getByLabel('答应买家的事')).toHaveValue('已转专职客服办理全额退款，办好后通知顾客')
  await dialog.getByRole('button', { name: /保存/ }).click()
  await expect(dialog).toBeHidden()
  await expect(app.getByTestId('action-follow-up')).toContainText('已完成')

  // The follow-up is in the register; the run waits in its panel meanwhile.
  await app.keyboard.press('Alt+3')
  await expect(app.getByRole('main', { name: '问题登记本' })).toContainText('充值未到账 › 没到账 › 已付款 › 充值失败 › 退款')
  await expect(app.getByRole('main', { name: '问题登记本' })).toContainText('tb_小王2026')
  await openTrees(app)
  await expect(outcome.getByRole('heading')).toHaveText('充值失败：顾客选退款，转专职客服')

  await app.keyboard.press('Escape')
  await expect(app.getByTestId('recent-run').first()).toContainText('充值未到账 › 没到账 › 已付款 › 充值失败 › 退款')
  const [run] = await backend.run((services) => services.orderTreeRuns.recent(1), null)
  expect(run).toMatchObject({ treeId: 'topup-not-credited', version: 1, status: 'finished', outcomeTitle: '充值失败：顾客选退款，转专职客服' })
  expect(run!.actions.map((a) => a.type)).toEqual(['copy-script', 'transfer', 'follow-up'])

  // The finished run counts in the agent's service statistics.
  await app.keyboard.press('Alt+4')
  await expect(app.getByTestId('stats-period-totals')).toContainText('决策树')
  await expect(app.getByTestId('stats-period-totals').getByText('决策树').locator('xpath=../..')).toContainText('1')
})

test('a blank in the text is asked for before anything is copied', async ({ app, backend }) => {
  await createFirstProfile(app)
  await openTrees(app)
  await app.keyboard.press('1')
  await app.getByLabel('顾客旺旺名').fill('tb_小王2026')
  await app.getByLabel('顾客旺旺名').press('Enter')
  for (const key of ['1', '1']) await app.keyboard.press(key)
  await expect(app.getByTestId('tree-outcome').getByRole('heading')).toHaveText('订单未付款：钱还在顾客自己的支付宝')

  await app.keyboard.press('Enter')
  const dialog = app.getByRole('dialog', { name: '先把空白填上' })
  await expect(dialog).toBeVisible()
  expect(await backend.clipboardText()).toBeNull()
  await dialog.getByLabel('订单号').fill('3141592653')
  await expect(dialog.getByTestId('blanks-preview')).toContainText('订单3141592653目前')
  await dialog.getByLabel('订单号').press('Enter')
  await expect(dialog).toBeHidden()
  await expect.poll(() => backend.clipboardText()).toContain('订单3141592653目前还是')
})

test('importing a tree with a dangling link names the step and changes nothing', async ({ app, backend }) => {
  await createFirstProfile(app)
  await openTrees(app)
  const snapshot = () => backend.run((services) => services.db.prepare('SELECT tree_id, version, json FROM tree_versions ORDER BY tree_id, version').all(), null)
  const before = await snapshot()

  await app.getByRole('button', { name: '导入' }).click()
  const dialog = app.getByRole('dialog', { name: '导入决策树' })
  const file = danglingTreeFile()
  await dialog.getByLabel('决策树 JSON').fill(JSON.stringify(file, null, 2))
  await dialog.getByRole('button', { name: '导入' }).click()
  const errors = dialog.getByTestId('import-errors')
  await expect(errors).toContainText('没有导入')
  await expect(errors).toContainText('问题「q-size」的选项指向不存在的步骤“o-no-stock”')
  expect(await snapshot()).toEqual(before)
  await dialog.getByRole('button', { name: '取消' }).click()
  await expect(app.getByTestId('tree-item')).toHaveCount(3)
})

test('editing a tree shows problems by step as they happen, and saving makes a new version', async ({ app, backend }) => {
  await createFirstProfile(app)
  await openTrees(app)
  await app.getByTestId('tree-item').filter({ hasText: '京东运费' }).getByRole('button', { name: '编辑' }).click()
  const editor = app.getByTestId('tree-editor')
  await expect(editor.getByTestId('tree-valid')).toBeVisible()

  await editor.getByTestId('editor-node').filter({ hasText: '订单里是哪类商品？' }).click()
  const firstAnswer = editor.getByTestId('option-row').first().getByLabel('名称')
  await firstAnswer.fill('')
  await expect(editor.getByTestId('tree-problems')).toContainText('步骤「q-goods」')
  await expect(editor.getByRole('button', { name: '保存' })).toBeDisabled()
  await firstAnswer.fill('只买图书')
  await expect(editor.getByTestId('tree-valid')).toBeVisible()
  await editor.getByRole('button', { name: '保存' }).click()
  await expect(app.getByText('已保存为第 2 版')).toBeVisible()
  expect(await backend.run((services) => services.orderTrees.get('jd-shipping-fee').version, null)).toBe(2)
  expect(await backend.run((services) => services.orderTrees.get('jd-shipping-fee', 1).nodes[0], null)).toMatchObject({ options: [{ label: '只有图书' }, {}, {}, {}] })
})
