// The start-up passphrase in the real renderer (Chromium transport): on a folder protected by it,
// the unlock screen comes before anything else, a wrong passphrase is refused with the tries left,
// and the right one opens the app; Settings → 数据加密 sets the passphrase on a PC without a
// keystore. Leaves docs/screenshots/startup-passphrase.png, startup-passphrase-en.png and
// settings-startup-passphrase.png.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createKeyring } from '../../src/main/services/at-rest/keyring'
import { PASSPHRASE_HOLDER } from '../../src/main/services/at-rest/startup-passphrase'
import { createFirstProfile, expect, test } from './fixtures'

const PASSPHRASE = '夜班小美的口令是蓝色月亮'

const protectedFolder = test.extend({
  // The folder as the PC owner left it: a keyring that only the passphrase opens (cheap KDF: the wrap stores it).
  dataDir: async ({ dataDir }, use) => {
    await createKeyring(dataDir, PASSPHRASE_HOLDER, PASSPHRASE, null, { N: 2 ** 12, r: 8, p: 1 })
    await use(dataDir)
  },
})

protectedFolder('asks for the start-up passphrase before anything opens, refuses a wrong one, then opens the app', async ({ app, server }) => {
  test.skip(!server, 'Chromium only: the Electron transport starts with the PC’s own keystore')
  await expect(app.getByRole('heading', { name: '输入启动口令' })).toBeVisible()
  await expect(app.getByLabel('你的称呼')).toHaveCount(0)
  const field = app.getByLabel('启动口令')
  await field.fill('夜班小美的口令是红色太阳')
  await app.getByRole('button', { name: /打开数据/ }).click()
  await expect(app.getByRole('alert')).toHaveText('口令不对。再错 4 次，要等一会儿才能再试。')
  await app.screenshot({ path: 'docs/screenshots/startup-passphrase.png' })

  await field.fill(PASSPHRASE)
  await app.getByRole('button', { name: /打开数据/ }).click()
  await createFirstProfile(app)
  await app.keyboard.press('Alt+6')
  const card = app.getByTestId('at-rest-card')
  await card.scrollIntoViewIfNeeded()
  await expect(card.getByTestId('at-rest-status')).toHaveText('数据加密：已开启（由启动口令保管）')
  await expect(card.getByRole('button', { name: '修改启动口令' })).toBeVisible()
})

const protectedEnglishFolder = test.extend({
  // The last agent at this PC works in English: the preferences say so, before any database opens.
  dataDir: async ({ dataDir }, use) => {
    await createKeyring(dataDir, PASSPHRASE_HOLDER, PASSPHRASE, null, { N: 2 ** 12, r: 8, p: 1 })
    writeFileSync(join(dataDir, 'preferences.json'), JSON.stringify({ language: 'en', lastProfileId: null }))
    await use(dataDir)
  },
})

protectedEnglishFolder('asks in the language of the last agent at this PC', async ({ app, server }) => {
  test.skip(!server, 'Chromium only: the Electron transport starts with the PC’s own keystore')
  await expect(app.getByRole('heading', { name: 'Enter the start-up passphrase' })).toBeVisible()
  await app.getByLabel('Start-up passphrase').fill('not the passphrase at all')
  await app.getByRole('button', { name: /Open the data/ }).click()
  await expect(app.getByRole('alert')).toContainText('Wrong passphrase.')
  await app.screenshot({ path: 'docs/screenshots/startup-passphrase-en.png' })
})

test('the PC owner sets a start-up passphrase on a PC without a keystore; the data is encrypted from the next start', async ({ app, server }) => {
  test.skip(!server, 'Chromium only: on Electron the status depends on the PC’s keystore')
  await createFirstProfile(app)
  await app.keyboard.press('Alt+6')
  const card = app.getByTestId('at-rest-card')
  await card.scrollIntoViewIfNeeded()
  await card.getByRole('button', { name: '设置启动口令' }).click()
  await card.getByLabel('新的启动口令').fill(PASSPHRASE)
  await card.getByLabel('再输入一次').fill(PASSPHRASE)
  await card.screenshot({ path: 'docs/screenshots/settings-startup-passphrase.png' })
  await card.getByRole('button', { name: '保存口令' }).click()
  await expect(card.getByTestId('at-rest-status')).toHaveText('数据加密：下次启动时开启（已设置启动口令）')
  await expect(card.getByTestId('passphrase-message')).toHaveText('启动口令已保存。下次打开 ShiftDesk 时请输入它。')
})
