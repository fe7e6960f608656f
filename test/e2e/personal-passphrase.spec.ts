// The personal passphrase (个人口令, issue 16, 1.2) in the real renderer (Chromium transport): the
// agent sets it in Settings → 我的档案; after ShiftDesk restarts on the same data folder the lock
// screen asks her for it (not the PIN) before her notebooks open, refuses a wrong one with the
// tries left, opens with the right one, and after that her PIN is enough. Leaves
// docs/screenshots/personal-passphrase-settings.png and personal-passphrase-sign-in.png.
import { RENDERER_DIR, createFirstProfile, expect, openPage, test } from './fixtures'
import { startTestServer } from './test-server'

const PASSPHRASE = '夜班小美的口令是蓝色月亮'

test('an agent sets her personal passphrase; after a restart it opens her profile once, then her PIN is enough', async ({ app, server, chromium, dataDir, clock }, testInfo) => {
  test.skip(!server || !chromium, 'Chromium only: the spec restarts the test server on the same data folder')
  await createFirstProfile(app)
  await app.keyboard.press('Alt+6')
  const profileCard = app.getByTestId('my-profile')
  await profileCard.getByLabel('新 PIN').fill('2468')
  await profileCard.getByLabel('再输一次 PIN').fill('2468')
  await profileCard.getByRole('button', { name: '设置 PIN' }).click()
  const card = app.getByTestId('personal-passphrase')
  // With a PIN set, the card has no "anyone can open your profile" warning left to give.
  await expect(card.getByTestId('personal-passphrase-no-pin')).toHaveCount(0)
  await card.scrollIntoViewIfNeeded()
  await expect(card.getByTestId('personal-passphrase-state')).toHaveText('还没有设置个人口令：你的记录只靠这台电脑的数据加密保护，用这台电脑的同事有办法读到。')
  await card.getByRole('button', { name: '设置个人口令' }).click()
  await expect(card.getByLabel('新的个人口令')).toBeFocused()
  await card.getByLabel('新的个人口令').fill(PASSPHRASE)
  await card.getByLabel('再输入一次个人口令').fill(PASSPHRASE)
  await card.getByText('我明白：忘了个人口令，我的私人记录就打不开了').click()
  await expect(card.getByTestId('passphrase-rule-length')).toHaveAttribute('data-met', 'true')
  await expect(card.getByTestId('passphrase-rule-guess')).toHaveAttribute('data-met', 'true')
  // The "PIN saved" toast fades on its own; the picture should show the card alone.
  await expect(app.getByText('PIN 已保存。')).toHaveCount(0)
  await card.screenshot({ path: 'docs/screenshots/personal-passphrase-settings.png' })
  await card.getByRole('button', { name: '保存个人口令' }).click()
  await expect(card.getByTestId('personal-passphrase-message')).toHaveText('个人口令已设置，你已有的私人记录都已加密。下次打开 ShiftDesk 后，第一次进入请输入个人口令。')
  await expect(card.getByTestId('personal-passphrase-state')).toHaveText('已设置个人口令：你的私人记录已用你自己的钥匙加密。')

  // ShiftDesk quits and starts again on the same folder: her key is closed until the passphrase.
  await app.context().close()
  await server!.close()
  const restarted = await startTestServer({ dataDir, rendererDir: RENDERER_DIR, clock })
  try {
    const again = await openPage(chromium!, restarted, testInfo)
    const field = again.getByLabel('小美 的个人口令')
    await expect(field).toBeFocused()
    await expect(again.getByLabel('小美 的 PIN')).toHaveCount(0)
    await expect(again.getByTestId('passphrase-why')).toContainText('第一次进入要输入个人口令')
    await expect(again.getByTestId('lock-screen')).not.toContainText('输入 PIN')
    await again.screenshot({ path: 'docs/screenshots/personal-passphrase-sign-in.png' })
    await field.fill('夜班小美的口令是红色太阳')
    await field.press('Enter')
    await expect(again.getByRole('alert')).toHaveText('个人口令不对。再错 4 次，这个档案会暂时锁定。')
    await field.fill(PASSPHRASE)
    await field.press('Enter')
    await expect(again.getByTestId('profile-switcher')).toContainText('小美')

    // Her notebooks stay open until ShiftDesk quits: after a lock the PIN is enough.
    await again.getByTestId('lock-button').click()
    const pin = again.getByLabel('小美 的 PIN')
    await pin.fill('2468')
    await pin.press('Enter')
    await expect(again.getByTestId('profile-switcher')).toContainText('小美')
    await again.context().close()
  } finally {
    await restarted.close()
  }
})
