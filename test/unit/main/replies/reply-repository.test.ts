// The library screen's reply writes reach SQLite through the reply repository: each is stamped
// with the profile that made it and heard at the one write seam (where a later sync layer listens).
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../../src/main/db/connection'
import { WriteSeam, type RowChange } from '../../../../src/main/db/write-seam'
import { seedDefaultReplies } from '../../../../src/main/services/replies/default-replies'
import { writePreLedgerDatabase } from '../../../helpers/pre-ledger-migrations'
import { useTempDir } from '../../../helpers/temp-dir'
import { call, openReplies, signIn } from './helpers'

const tempDir = useTempDir()

describe('the reply repository', () => {
  it('stamps each change of a shared reply with who made it and reports it at the write seam', async () => {
    const { ctx, clock } = openReplies(tempDir())
    const { db, quickReplies } = ctx.services
    const mei = signIn(ctx, '小美')
    const heard: RowChange[] = []
    quickReplies.rows.seam.observe((batch) => heard.push(...batch))
    const created = await call(ctx, 'replies:create', { title: '包邮说明', body: '亲，本店全场包邮哦。', category: '售前', group: '价格', shared: true })
    const qiang = signIn(ctx, '阿强')
    clock.advance(1000)
    await call(ctx, 'replies:update', { id: created.id, body: '亲，满 59 元包邮哦。', category: '售前', group: '价格', shared: true })
    expect(db.prepare('SELECT created_by, updated_by, updated_at FROM replies WHERE id = ?').get(created.id)).toEqual({ created_by: mei, updated_by: qiang, updated_at: clock.now() })
    expect((await call(ctx, 'replies:rename', { category: '售前', to: '咨询' })).count).toBeGreaterThan(1)
    await call(ctx, 'replies:delete', { id: created.id })
    expect(db.prepare('SELECT deleted_at, deleted_by, updated_by FROM replies WHERE id = ?').get(created.id)).toEqual({ deleted_at: clock.now(), deleted_by: '阿强', updated_by: qiang })
    await call(ctx, 'replies:restore', { id: created.id })
    expect(heard.filter((c) => c.id === created.id).map((c) => c.op)).toEqual(['insert', 'update', 'update', 'tombstone', 'restore'])
    ctx.close()
  })

  it('reports the default library at the write seam as one batch when it is seeded, and nothing on later starts', () => {
    const db = openDatabase(join(tempDir(), 'seed.db'))
    const seam = new WriteSeam(db)
    const batches: RowChange[][] = []
    seam.observe((batch) => batches.push([...batch]))
    let n = 0
    const seeded = seedDefaultReplies(db, seam, { now: () => 1_000 }, () => `r${++n}`)
    expect(seeded).toBeGreaterThan(0)
    expect(batches).toHaveLength(1)
    expect(batches[0]).toEqual(Array.from({ length: seeded }, (_, i) => ({ table: 'replies', id: `r${i + 1}`, op: 'insert' })))
    expect(db.prepare('SELECT count(*) FROM replies WHERE profile_id IS NULL').pluck().get()).toBe(seeded)
    expect(seedDefaultReplies(db, seam, { now: () => 2_000 }, () => `again${++n}`)).toBe(0)
    expect(batches).toHaveLength(1)
    db.close()
  })

  it('stamps the author as the last to change a reply stored before (migration 0170)', () => {
    const file = join(tempDir(), 'older.db')
    const old = writePreLedgerDatabase(file, 110)
    old.exec(`
      INSERT INTO profiles (id, display_name, created_at, updated_at) VALUES ('mei', '小美', 1, 1);
      INSERT INTO replies (id, profile_id, title, title_pinyin, body, created_by, created_at, updated_at) VALUES ('r1', NULL, '包邮', 'bao you', '亲，包邮哦。', 'mei', 1, 2);
    `)
    old.close()
    const db = openDatabase(file)
    expect(db.prepare("SELECT updated_by FROM replies WHERE id = 'r1'").pluck().get()).toBe('mei')
    db.close()
  })
})
