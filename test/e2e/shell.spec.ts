import { createFirstProfile, expect, test } from './fixtures'

test('a new agent creates a profile and reaches every section by mouse and keyboard', async ({ app }) => {
  await expect(app.getByRole('heading', { name: '欢迎使用客服工作台' })).toBeVisible()
  await createFirstProfile(app)

  await expect(app.getByRole('main', { name: '快捷回复' })).toBeVisible()
  await app.getByRole('menuitem', { name: /问题登记本/ }).click()
  await expect(app.getByRole('main', { name: '问题登记本' })).toContainText('问题登记本')

  await app.keyboard.press('Alt+4')
  await expect(app.getByRole('main', { name: '服务统计' })).toBeVisible()
  await app.keyboard.press('Alt+6')
  await expect(app.getByRole('main', { name: '设置' })).toContainText('小美')
  await expect(app.getByTestId('shift-indicator')).toBeVisible()
})

test('the interface switches to English and stays English after a reload', async ({ app }) => {
  await createFirstProfile(app)
  await app.keyboard.press('Alt+6')
  await app.getByText('English', { exact: true }).click()
  await expect(app.getByRole('menuitem', { name: /Quick replies/ })).toBeVisible()
  await app.reload()
  await expect(app.getByRole('menuitem', { name: /Quick replies/ })).toBeVisible()
})

test('a second profile can be added and switched to from the header', async ({ app }) => {
  await createFirstProfile(app, '小美', 'KF017')
  await app.keyboard.press('Alt+6')
  await app.getByTestId('add-profile').click()
  const dialog = app.getByRole('dialog')
  await dialog.getByLabel('你的称呼').fill('阿强')
  await dialog.getByRole('button', { name: '保存' }).click()
  await expect(dialog).toBeHidden()
  await app.getByTestId('profile-switcher').click()
  await app.getByRole('menuitem', { name: '阿强' }).click()
  await expect(app.getByTestId('profile-switcher')).toContainText('阿强')
})

test('an invalid IPC payload is answered with invalid-input and the app keeps working', async ({ app }) => {
  await createFirstProfile(app)
  const answer = await app.evaluate(() => window.desk.invoke('profiles:create', { displayName: 42, extra: true }))
  expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
  const unknown = await app.evaluate(() => window.desk.invoke('fs:readFile', { path: '/etc/passwd' }))
  expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown-channel' } })
  await app.keyboard.press('Alt+6')
  await expect(app.getByRole('main', { name: '设置' })).toContainText('小美')
})

test('screenshot of the workstation for the README', async ({ app }, testInfo) => {
  test.skip(testInfo.project.name !== 'chromium', 'README screenshots come from the Chromium run')
  await createFirstProfile(app)
  await app.keyboard.press('Alt+6')
  await expect(app.getByText('数据存放位置').first()).toBeVisible()
  await app.screenshot({ path: 'docs/screenshots/settings.png' })
})
