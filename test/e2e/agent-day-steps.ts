// Steps of an agent's day that more than one spec walks through the real renderer.
import type { Page } from '@playwright/test'
import { expect } from './fixtures'

/**
 * In 服务统计, by the keypad: one sale, then two customers who did not buy, each given the
 * reason 价格 with a note in the picker. Reached by the menu, not Alt+4: a key pressed while the
 * shell still redraws for a new profile can land nowhere on a loaded machine.
 */
export async function tallyOneSaleAndTwoLostToPrice(app: Page): Promise<void> {
  await app.getByRole('menuitem', { name: /服务统计/ }).click()
  await expect(app.getByTestId('stats-panel')).toBeVisible()
  const served = app.getByTestId('stats-counter-served')
  await app.keyboard.press('3')
  await expect(served).toContainText('1')
  const picker = app.getByRole('dialog', { name: '未成交原因' })
  for (const [key, note, n] of [['1', '别家便宜五块', '2'], ['2', '嫌贵，想等双十二', '3']] as const) {
    await app.keyboard.press(key)
    await expect(served).toContainText(n)
    await app.keyboard.press('r')
    await expect(picker).toBeVisible()
    await app.getByLabel('备注（可不填），例如顾客的原话').fill(note)
    await app.keyboard.press('Enter')
    await expect(picker).toBeHidden()
    await expect(app.getByTestId('lost-reason-prompt')).toContainText('已记原因：价格')
  }
}
