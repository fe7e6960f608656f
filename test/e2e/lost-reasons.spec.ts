// Issue 19: an agent tallies three customers, two of them not converted, and gives each of those
// a lost-deal reason (未成交原因) from the keyboard or with a click; the tally is counted at once.
import { createFirstProfile, expect, test } from './fixtures'

test('an agent tallies three customers and gives the two who did not buy a reason, by key and by click', async ({ app }, testInfo) => {
  await createFirstProfile(app)
  await app.keyboard.press('Alt+4')
  await expect(app.getByTestId('stats-panel')).toBeVisible()
  const served = app.getByTestId('stats-counter-served')

  // 1: effective, no sale. The tally counts at once; R then a digit gives the reason.
  await app.keyboard.press('1')
  await expect(served).toContainText('1')
  await expect(app.getByTestId('lost-reason-prompt')).toContainText('这位顾客没成交')
  await app.keyboard.press('r')
  const picker = app.getByRole('dialog', { name: '未成交原因' })
  await expect(picker).toBeVisible()
  const list = app.getByRole('listbox', { name: '未成交原因' })
  await expect(list).toBeFocused()
  await app.keyboard.press('1')
  await expect(picker).toBeHidden()
  await expect(app.getByTestId('lost-reason-prompt')).toContainText('已记原因：价格')

  // 3: a sale. No reason is offered.
  await app.keyboard.press('3')
  await expect(served).toContainText('2')
  await expect(app.getByTestId('lost-reason-prompt')).toBeHidden()

  // 2: not effective. A click opens the picker; arrows, a note and Enter save.
  await app.keyboard.press('2')
  await expect(served).toContainText('3')
  await app.getByTestId('lost-reason-open').click()
  await expect(list).toBeFocused()
  await app.keyboard.press('ArrowDown')
  await app.keyboard.press('ArrowDown')
  await app.keyboard.press('ArrowDown')
  await app.getByLabel('备注（可不填），例如顾客的原话').fill('说别家便宜 5 块')
  if (testInfo.project.name === 'chromium') await app.screenshot({ path: 'docs/screenshots/stats-lost-reason.png' })
  await app.keyboard.press('Enter')
  await expect(picker).toBeHidden()
  await expect(app.getByTestId('lost-reason-prompt')).toContainText('已记原因：比价中')
  // The digit keys tally again straight away.
  await expect(app.getByTestId('stats-counter-converted')).toContainText('1')

  await app.getByRole('tab', { name: /最近记录/ }).click()
  const reasons = app.getByTestId('stats-recent').getByTestId('stats-recent-reason')
  await expect(reasons).toHaveText(['比价中', '价格'])
  await expect(reasons.first()).toHaveAttribute('title', '说别家便宜 5 块')
  if (testInfo.project.name === 'chromium') await app.screenshot({ path: 'docs/screenshots/stats-lost-reason-recent.png' })
})
