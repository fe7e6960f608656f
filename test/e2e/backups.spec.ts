import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createFirstProfile, expect, test } from './fixtures'

test('an agent backs up now, sees what a backup holds and confirms a restore, which restarts ShiftDesk', async ({ app, server }, testInfo) => {
  test.skip(!server, 'Chromium only: answers the file dialog and records the restart through test doubles')
  await createFirstProfile(app)
  const { issueRegister, backups, info } = server!.context.services
  issueRegister.create({ kind: 'question', text: '赠品可以换颜色吗' })
  issueRegister.create({ kind: 'question', text: '发票什么时候开' })

  await app.keyboard.press('Alt+6')
  const card = app.getByTestId('backups')
  await expect(card.getByTestId('last-backup')).toBeVisible()
  await card.getByTestId('back-up-now').click()
  await expect(card.getByTestId('backup-list')).toContainText('手动')
  await expect(card.getByTestId('last-backup')).not.toHaveText('还没有备份')
  issueRegister.create({ kind: 'idea', text: '备份之后写的' })
  if (testInfo.project.name === 'chromium') await card.screenshot({ path: 'docs/screenshots/backups.png' })

  const manual = backups.status().backups.find((b) => b.kind === 'manual')!
  await card.getByRole('listitem').filter({ hasText: '手动' }).getByRole('button', { name: /^恢复 .* 的备份$/ }).click()
  const confirm = app.getByRole('dialog', { name: '恢复这份备份？' })
  await expect(confirm.getByTestId('restore-summary')).toContainText('问题登记本')
  await expect(confirm.getByTestId('restore-summary')).toContainText('2 条')
  await expect(confirm).toHaveCSS('opacity', '1')
  await app.screenshot({ path: testInfo.outputPath('restore-confirm.png') })
  await confirm.getByRole('button', { name: '恢复并重新启动' }).click()
  await expect(app.getByTestId('restarting')).toContainText('正在重新启动')
  expect(server!.ports.lifecycle.restarts).toBe(1)
  expect(existsSync(`${info.databaseFile}.restore-pending`)).toBe(true)
  expect(readFileSync(`${info.databaseFile}.restore-pending.json`, 'utf8')).toContain(manual.name)
})

test('restoring from a file shows the file and its date first, and cancelling changes nothing', async ({ app, server }) => {
  test.skip(!server, 'Chromium only: answers the file dialog and records the restart through test doubles')
  await createFirstProfile(app)
  const { backups, issueRegister, info } = server!.context.services
  issueRegister.create({ kind: 'question', text: 'U盘带来的记录' })
  const made = await backups.backUpNow()
  const usb = join(mkdtempSync(join(tmpdir(), 'shiftdesk-usb-')), '从网吧带回来的备份.db')
  copyFileSync(join(backups.status().folder, made.name), usb)
  server!.ports.dialog.openPath = usb

  await app.keyboard.press('Alt+6')
  await app.getByTestId('restore-from-file').click()
  const confirm = app.getByRole('dialog', { name: '恢复这份备份？' })
  await expect(confirm).toContainText('从网吧带回来的备份.db')
  await expect(confirm.getByTestId('restore-summary')).toContainText('1 条')
  await confirm.getByRole('button', { name: '取消' }).click()
  await expect(confirm).toBeHidden()
  expect(server!.ports.lifecycle.restarts).toBe(0)
  expect(existsSync(`${info.databaseFile}.restore-pending`)).toBe(false)

  server!.ports.dialog.openPath = join(tmpdir(), 'no-such-backup.db')
  await app.getByTestId('restore-from-file').click()
  await expect(app.getByText('没有找到这条记录', { exact: false })).toBeVisible()
})

test('a save on a full disk says so in plain words and keeps what was typed', async ({ app, backend }, testInfo) => {
  await createFirstProfile(app)
  await app.keyboard.press('Alt+3')
  await app.getByRole('button', { name: '新建跟进' }).click()
  const dialog = app.getByRole('dialog', { name: '新建跟进' })
  await dialog.getByLabel('旺旺名').fill('tb_阿花')
  // Long enough to need new pages in the file: a short note fits into the space its own draft
  // frees in the same transaction, and a save that needs no new page succeeds even on a full disk.
  const problem = `快递显示签收了但是没收到。${'买家说门卫和快递柜都找过了，'.repeat(140)}`.slice(0, 1990)
  await dialog.getByLabel('问题').fill(problem)
  const draft = () => backend.run((services) => services.drafts.get('register:followup:new')?.payload ?? '', null)
  await expect.poll(draft).toContain('快递显示签收')

  // Fill the database file to the last page, then forbid it to grow: SQLite's view of a full disk.
  const entries = () => backend.run((services) => services.db.prepare('SELECT count(*) FROM register_entries').pluck().get() as number, null)
  const before = await entries()
  await backend.run((services) => {
    const { db } = services
    db.exec('CREATE TABLE disk_filler (x BLOB)')
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`)
    const fill = db.prepare('INSERT INTO disk_filler VALUES (zeroblob(?))')
    for (const size of [65536, 4096, 512, 64, 1]) {
      try {
        for (;;) fill.run(size)
      } catch {
        // this size no longer fits; try a smaller one
      }
    }
  }, null)

  await dialog.getByRole('button', { name: /保存/ }).click()
  await expect(app.getByText(/磁盘已满/).first()).toBeVisible()
  await app.screenshot({ path: testInfo.outputPath('disk-full.png') })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByLabel('问题')).toHaveValue(problem)
  expect(await entries()).toBe(before)
  expect(await draft()).toContain('快递显示签收')

  // Space freed: the same click saves it.
  await backend.run((services) => {
    services.db.exec('DROP TABLE disk_filler')
    services.db.pragma('max_page_count = 1073741823')
  }, null)
  await dialog.getByRole('button', { name: /保存/ }).click()
  await expect(dialog).toBeHidden()
  expect(await entries()).toBe(before + 1)
})
