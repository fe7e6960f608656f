import { createFirstProfile, expect, test } from './fixtures'

test.describe('quick replies', () => {
  test('pinyin initials find a reply, Enter opens the fill-in form, and the filled text reaches the clipboard', async ({ app, backend }) => {
    await createFirstProfile(app)
    const search = app.getByTestId('reply-search')
    await expect(search).toBeFocused()
    await app.keyboard.type('hmfh') // 还没发货: huan mei fa huo
    await expect(app.getByRole('option').first()).toHaveAccessibleName('还没发货')
    await expect(app.getByRole('option').first().locator('mark')).toHaveText('还没发货')
    await app.keyboard.press('Enter')

    const form = app.getByRole('dialog', { name: /填写后复制/ })
    await expect(form.getByLabel('订单号')).toBeFocused()
    await app.keyboard.type('2026112300123')
    await app.keyboard.press('Tab')
    await expect(form.getByLabel('天数')).toBeFocused()
    await app.keyboard.type('2')
    await expect(form.getByTestId('blanks-preview')).toContainText('订单 2026112300123 还在等待发货')
    await app.keyboard.press('Enter')

    await expect(app.getByText('已复制“还没发货”，到旺旺里按 Ctrl+V 粘贴即可')).toBeVisible()
    expect(await backend.clipboardText()).toBe('亲，查到您的订单 2026112300123 还在等待发货，我已经提醒仓库优先处理，预计 2 天内发出，发货后运单号会同步到订单里。')
    // The use is counted and shown.
    await expect(app.getByRole('option', { name: '还没发货' })).toContainText('用过 1 次')
  })

  test('Ctrl+digit copies one of the first nine results at once, and an exact shortcut comes first', async ({ app, backend }) => {
    await createFirstProfile(app)
    await app.keyboard.type('sd')
    await expect(app.getByRole('option').first()).toHaveAccessibleName('请稍等正在查询')
    await app.keyboard.press('Control+1')
    await expect.poll(() => backend.clipboardText()).toBe('好的，请您稍等，我马上为您查询。')
    await app.keyboard.press('Escape')
    await expect(app.getByTestId('reply-search')).toHaveValue('')
  })

  test('importing a CSV with one bad row names its line and imports nothing', async ({ app, backend }) => {
    await createFirstProfile(app)
    const count = () => backend.run((services) => services.db.prepare('SELECT count(*) FROM replies').pluck().get(), null)
    const before = await count()
    await app.getByTestId('import-replies').click()
    const dialog = app.getByRole('dialog', { name: '导入快捷回复' })
    const csv = '\uFEFF标题,内容,快捷码,分类,子分类,共享\r\n赠品说明,亲，下单就送小样哦。,zp,售前,活动,否\r\n,这一行忘了写标题,,,,否\r\n'
    await dialog.locator('input[type=file]').setInputFiles({ name: '话术.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') })
    const problems = dialog.getByTestId('import-problems')
    await expect(problems).toContainText('有 1 行不能导入，整个文件都没有导入')
    await expect(problems.getByRole('row', { name: /第 3 行/ })).toContainText('标题不能为空')
    await expect(dialog.getByTestId('import-confirm')).toBeDisabled()
    await dialog.getByRole('button', { name: '取消' }).click()
    expect(await count()).toBe(before)
    await app.getByTestId('reply-search').fill('赠品说明')
    await expect(app.getByTestId('reply-empty')).toBeVisible()
  })

  test('the draft check flags a forbidden phrase and an off-shop QQ number with polite alternatives', async ({ app }) => {
    await createFirstProfile(app)
    await app.getByRole('textbox', { name: '检查草稿（发送前）' }).fill('急什么，有问题加我QQ 12345678 再说。')
    const check = app.getByTestId('draft-check')
    await expect(check.getByTestId('lint-forbidden')).toContainText('急什么')
    await expect(check.getByTestId('lint-forbidden').locator('mark')).toHaveText('急什么')
    await expect(check.getByTestId('lint-forbidden')).toContainText('建议说：')
    await expect(check.getByTestId('lint-offsite').locator('mark')).toContainText('QQ 12345678')
    await expect(check.getByTestId('lint-offsite')).toContainText('旺旺')
  })

  test('a duplicate shortcut is refused naming the reply that has it, and a deleted reply comes back with Undo', async ({ app }) => {
    await createFirstProfile(app)
    await app.getByTestId('new-reply').click()
    const drawer = app.getByRole('dialog', { name: '新建回复' })
    await drawer.getByLabel('标题').fill('退款进度')
    await drawer.getByLabel('内容').fill('亲，退款正在处理中，请您耐心等待。')
    await drawer.getByLabel('快捷码').fill('tk')
    await drawer.getByTestId('save-reply').click()
    await expect(drawer).toContainText('快捷码 tk 已被“已发货想退款”使用，请换一个。')
    await drawer.getByLabel('快捷码').fill('tkjd')
    await drawer.getByTestId('save-reply').click()
    await expect(drawer).toBeHidden()

    await app.getByTestId('reply-search').fill('tkjd')
    await expect(app.getByRole('option').first()).toHaveAccessibleName('退款进度')
    await app.getByTestId('reply-preview').getByRole('button', { name: '删除' }).click()
    await expect(app.getByRole('option', { name: '退款进度' })).toHaveCount(0)
    await expect(app.getByText('已删除“退款进度”')).toBeVisible()
    await app.getByTestId('undo-delete').click()
    await expect(app.getByRole('option').first()).toHaveAccessibleName('退款进度')
  })

  test('the quick-search window shows only the compact search and copies with Enter', async ({ app, server }) => {
    test.skip(!server, 'Chromium only: opens the quick-search view in the test page; under Electron it is a window of its own, opened by a global hotkey')
    await createFirstProfile(app)
    await app.goto(`${server!.url}#quick-search`)
    await app.reload() // a hash change alone does not reload the renderer
    await expect(app.getByTestId('quick-search')).toBeVisible()
    await expect(app.getByRole('navigation')).toHaveCount(0)
    await expect(app.getByTestId('reply-search')).toBeFocused()
    await app.keyboard.type('tuikuan')
    await expect(app.getByRole('option').first()).toHaveAccessibleName('已发货想退款')
    await app.keyboard.press('Enter')
    await expect.poll(() => server!.ports.clipboard.text).toContain('您可以在快递派送时拒收')
  })

  test('the panel at a glance (screenshot for the guide)', async ({ app }) => {
    await createFirstProfile(app)
    await app.getByRole('textbox', { name: '检查草稿（发送前）' }).fill('喂，急什么，加我微信 shop_2024 再说。')
    await app.getByTestId('reply-search').fill('wuliu')
    await expect(app.getByRole('option').first()).toHaveAccessibleName('物流查询：包裹在哪')
    await app.keyboard.press('ArrowDown')
    await expect(app.getByTestId('reply-preview')).toContainText('物流慢')
    await app.screenshot({ path: 'docs/screenshots/replies.png' })
  })
})
