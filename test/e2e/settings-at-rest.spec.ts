// Settings → 数据加密 in the real renderer: the status main reports over atRest:status. The test
// server has no OS keystore (as a Linux PC without a keyring daemon), so it reads "off" and why.
import { createFirstProfile, expect, test } from './fixtures'

test('Settings says whether the data is encrypted at rest, and why not', async ({ app, server }) => {
  test.skip(!server, 'Chromium only: on Electron the answer depends on the PC’s keystore')
  await createFirstProfile(app)
  await app.keyboard.press('Alt+6')
  const card = app.getByTestId('at-rest-card')
  await card.scrollIntoViewIfNeeded()
  await expect(card.getByTestId('at-rest-status')).toHaveText('数据加密：未开启：本机没有可用的系统钥匙串')
  await expect(card).toContainText('数据文件以明文保存在磁盘上')
  await card.screenshot({ path: 'test-results/settings-at-rest.png' })
})
