// What a PC shows when the team's work arrives from another PC, in the real renderer: the notice
// to the agent whose take-over a colleague beat, a tree version a teammate saved elsewhere, and a
// schedule that changed under the PC owner's unsaved edit. The rows arrive here as sync writes
// them (the sync engine itself is proven by the test/server/desktop-sync-*.test.ts files and
// handover-across-pcs.spec.ts); these specs look at the screens, with a screenshot each.
import { createFirstProfile, expect, test } from './fixtures'

test('a take-over a colleague beat is told in a notice that names who follows the item', async ({ app, backend }, testInfo) => {
  await createFirstProfile(app)
  await backend.run((services) => services.notices.post('warning', 'handover-taken-first', { name: '阿斌', situation: '顾客说退款还没到账，很着急' }), null)
  const notice = app.getByText('阿斌 已先接手了交接事项「顾客说退款还没到账，很着急」')
  await expect(notice).toBeVisible()
  await expect(notice).toContainText('你这边的接手没有生效')
  if (testInfo.project.name === 'chromium') await app.screenshot({ path: 'docs/screenshots/notice-handover-taken-first.png' })
})

test("a tree version saved at a teammate's PC is named as the team's in the version list", async ({ app, backend }, testInfo) => {
  await createFirstProfile(app)
  const title = await backend.run((services) => {
    const { db } = services
    const tree = db.prepare('SELECT t.id, t.version FROM trees t ORDER BY t.position LIMIT 1').get() as { id: string; version: number }
    // As the tree_downloads trigger writes a teammate's version: the next local number, saved by the team's agent id.
    db.prepare(
      `INSERT INTO tree_versions (tree_id, version, title, json, saved_at, saved_by, saved_by_id, saved_by_team)
       SELECT tree_id, version + 1, title, json_set(json, '$.version', version + 1), ?, '', NULL, 'team-agent-lea' FROM tree_versions WHERE tree_id = ? AND version = ?`,
    ).run(Date.UTC(2026, 11, 7, 2, 30), tree.id, tree.version)
    db.prepare('UPDATE trees SET version = version + 1 WHERE id = ?').run(tree.id)
    return db.prepare('SELECT title FROM tree_versions WHERE tree_id = ? ORDER BY version DESC LIMIT 1').pluck().get(tree.id) as string
  }, null)
  await app.keyboard.press('Alt+2')
  await app.getByTestId('tree-item').filter({ hasText: title }).getByRole('button', { name: '编辑' }).click()
  await app.getByRole('button', { name: '历史版本' }).click()
  const versions = app.getByRole('dialog', { name: '历史版本' })
  // Newest first: the teammate's version, then the one the PC shipped with.
  await expect(versions).toContainText(/团队里的同事[\s\S]*系统自带/)
  if (testInfo.project.name === 'chromium') await app.screenshot({ path: 'docs/screenshots/trees-version-from-team.png' })
})

test("a schedule that arrives while the owner edits it is offered, not forced over the edit", async ({ app, backend }, testInfo) => {
  await createFirstProfile(app)
  await app.keyboard.press('Alt+6')
  const card = app.getByTestId('shift-schedule')
  const firstName = card.getByLabel('班次名称').first()
  await firstName.fill('早班')
  // The lead saves another schedule at the shop PC; sync writes it here and tells the windows.
  await backend.run((services) => {
    const [day, night] = services.shifts.list()
    services.shifts.save([
      { id: day!.id, name: day!.name, start: '08:30', end: '17:30' },
      { id: night!.id, name: night!.name, start: '17:30', end: '01:00' },
    ])
    services.events.emit('shifts:changed', {})
  }, null)
  const offer = card.getByText('排班刚在另一台电脑上改过。')
  await expect(offer).toBeVisible()
  await expect(firstName).toHaveValue('早班')
  await offer.scrollIntoViewIfNeeded()
  if (testInfo.project.name === 'chromium') await app.screenshot({ path: 'docs/screenshots/settings-schedule-changed-elsewhere.png' })
  await card.getByRole('button', { name: '改用新的排班' }).click()
  await expect(offer).toBeHidden()
  await expect(card.getByLabel('开始时间').first()).toHaveValue('08:30')
})
