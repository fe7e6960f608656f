// What the overwrite notices' upload trigger queues (services/sync/tables/reply-overwrites.ts):
// the linked profile's dismissal, once, and nothing else.
import { describe, expect, it } from 'vitest'
import { replyOverwritesTable } from '../../../../src/main/services/sync/tables/reply-overwrites'
import { useTempDir } from '../../../helpers/temp-dir'
import { call, openReplies, signIn } from '../replies/helpers'
import { mapTable } from './team-rows'

const tempDir = useTempDir()

describe('the overwrite notices upload queue', () => {
  it("queues the linked profile's dismissal once, and nothing for another profile's", async () => {
    const { ctx, clock } = openReplies(tempDir())
    const bea = signIn(ctx, '小贝')
    const amy = signIn(ctx, '小美')
    const db = ctx.services.db
    const queue = mapTable(db, replyOverwritesTable, { agentId: 'team-amy', profileId: amy })
    const insert = db.prepare(
      "INSERT INTO reply_overwrites (id, profile_id, reply_id, lost_version, lost_title, lost_body, written_at, overwritten_at, overwriter_name) VALUES (?, ?, 'r1', 2, 't', 'b', 0, 0, 'Lea')",
    )
    insert.run('n-amy', amy)
    insert.run('n-bea', bea)
    await call(ctx, 'replies:dismissOverwrite', { id: 'n-amy' })
    await call(ctx, 'replies:dismissOverwrite', { id: 'n-amy' })
    // Bea's dismissal on this PC is hers: this PC syncs as Amy, so it stays here.
    ctx.services.session.switchTo(bea)
    await call(ctx, 'replies:dismissOverwrite', { id: 'n-bea' })
    expect(queue.queued()).toEqual([{ op: 'PATCH', type: 'reply_overwrites', id: 'n-amy', data: { dismissed_at: clock.now() } }])
    ctx.close()
  })
})
