// Settings → Global hotkeys in the real renderer, over the test server's registry on the
// recording globalShortcut (Chromium only: a spec drives that double; Electron has the real one).
import { createFirstProfile, expect, test } from './fixtures'

test('Settings lists every global hotkey with its state, and quick capture takes new keys there', async ({ app, server }, testInfo) => {
  test.skip(!server, 'Chromium only: drives the test server’s globalShortcut double')
  await createFirstProfile(app)
  await app.keyboard.press('Alt+6')
  const card = app.getByTestId('hotkeys-card')
  await expect(card.getByRole('row')).toHaveCount(11)
  await expect(app.getByTestId('hotkey-state-presence.toggle')).toHaveText('已生效')

  // The online/offline hotkey set to the keys the "effective" tally holds: refused, and said so.
  server!.context.services.presence.updateSettings({ hotkey: 'CommandOrControl+Alt+1' })
  await expect(app.getByTestId('hotkey-state-presence.toggle')).toHaveText('与“记一位：有效”重复，未生效')

  // Another program holds Ctrl+Shift+J: recording it for quick capture shows that, the old keys go back.
  server!.ports.globalShortcut.taken.push('CommandOrControl+Shift+J')
  await card.getByLabel('记一笔（问题登记）').click()
  await app.keyboard.press('Control+Shift+J')
  await expect(app.getByTestId('hotkey-state-register.quickCapture')).toHaveText('被其他程序占用，请换一个')
  expect(server!.ports.globalShortcut.held.has('CommandOrControl+Alt+J')).toBe(false)
  await card.getByLabel('记一笔（问题登记）').click()
  await app.keyboard.press('Control+Alt+K')
  await expect(app.getByTestId('hotkey-state-register.quickCapture')).toHaveText('已生效')
  expect(server!.ports.globalShortcut.press('CommandOrControl+Alt+K')).toBe(true)
  expect(server!.windowRequests).toEqual(['quick-capture'])

  if (testInfo.project.name === 'chromium') {
    // One of each state for the picture: another program takes the lock keys the agent picks.
    server!.ports.globalShortcut.taken.push('CommandOrControl+Alt+F12')
    server!.context.services.lockSettings.update({ lockHotkey: 'CommandOrControl+Alt+F12' })
    await expect(app.getByTestId('hotkey-state-lock')).toHaveText('被其他程序占用，请换一个')
    await card.scrollIntoViewIfNeeded()
    await card.screenshot({ path: 'docs/screenshots/settings-hotkeys.png' })
  }
})
