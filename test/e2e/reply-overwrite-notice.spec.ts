// The notice to an agent whose offline edit of a shared reply a colleague's later edit replaced,
// in the real renderer. The notice row is written into the app's database as team sync writes it
// (services/sync/tables/reply-overwrites.ts); how it gets there through the real team server is
// proven by test/server/desktop-sync-overwrite-notice.test.ts.
import { createFirstProfile, expect, test } from './fixtures'

test('the agent whose edit lost sees a quiet notice with her text, copies it and puts it back in one click', async ({ app, server, backend }) => {
  test.skip(!server, 'Chromium only: the spec writes the synced notice into the test server’s database')
  await createFirstProfile(app)
  const services = server!.context.services
  const reply = services.quickReplies.create({ title: '退换货说明', body: '亲，支持七天无理由退换，寄回运费由买家承担。', shared: true })
  const profileId = services.session.requireProfileId()
  const at = new Date('2026-12-07T14:05:00+08:00').getTime()
  services.db
    .prepare(
      `INSERT INTO reply_overwrites (id, profile_id, reply_id, lost_version, lost_title, lost_body, written_at, overwritten_at, overwriter_name)
       VALUES ('n1', ?, ?, 2, '退换货说明', '亲，支持七天无理由退换，运费险已经帮您买好，寄回不用花钱哦～', ?, ?, '组长小李')`,
    )
    .run(profileId, reply.id, at - 40 * 60_000, at)
  services.overwriteNotices.syncArrived()

  const notice = app.getByTestId('overwrite-notice')
  await expect(notice).toContainText('你对「退换货说明」的修改被同事的版本替换了')
  await expect(notice).toContainText('组长小李 在 12-07 14:05 保存这条共享回复时，还没收到你 12-07 13:25 的修改')
  await expect(notice.getByTestId('overwrite-lost-text')).toHaveText('亲，支持七天无理由退换，运费险已经帮您买好，寄回不用花钱哦～')
  await app.screenshot({ path: 'docs/screenshots/replies-overwrite-notice.png' })

  await notice.getByRole('button', { name: '复制我的版本' }).click()
  await expect.poll(() => backend.clipboardText()).toBe('亲，支持七天无理由退换，运费险已经帮您买好，寄回不用花钱哦～')
  await notice.getByRole('button', { name: '放回我的版本' }).click()
  await expect(app.getByText('已放回你的版本。组长小李 的版本留在团队历史里，组长可以找回。')).toBeVisible()
  await expect(notice).toHaveCount(0)
  expect(services.quickReplies.list().find((r) => r.id === reply.id)?.body).toBe('亲，支持七天无理由退换，运费险已经帮您买好，寄回不用花钱哦～')
})
