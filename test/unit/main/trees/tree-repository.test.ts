// The trees reach SQLite through their repository: a save is stamped with the saver's profile id
// and heard at the one write seam (where a later sync layer listens).
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../../src/main/db/connection'
import type { RowChange } from '../../../../src/main/db/write-seam'
import { writePreLedgerDatabase } from '../../../helpers/pre-ledger-migrations'
import { useTempDir } from '../../../helpers/temp-dir'
import { openTreesFixture } from './fixture'

const tempDir = useTempDir()

describe('the tree repository', () => {
  it('stamps a saved version with the profile id of who saved it and reports it at the write seam', () => {
    const fx = openTreesFixture(tempDir())
    const library = fx.ctx.services.orderTrees
    const heard: RowChange[] = []
    library.rows.seam.observe((batch) => heard.push(...batch))
    const tree = library.get('topup-not-credited')
    const saved = library.save(JSON.stringify({ ...tree, title: `${tree.title}（新）` }), tree.version)
    expect(saved).toMatchObject({ ok: true, tree: { version: 2, updatedBy: '小美（KF017）' } })
    const { db } = fx.ctx.services
    expect(db.prepare("SELECT saved_by, saved_by_id FROM tree_versions WHERE tree_id = 'topup-not-credited' AND version = 2").get()).toEqual({
      saved_by: '小美（KF017）',
      saved_by_id: fx.mei,
    })
    expect(db.prepare("SELECT updated_by, updated_at, created_at < updated_at AS older FROM trees WHERE id = 'topup-not-credited'").get()).toMatchObject({
      updated_by: fx.mei,
      updated_at: fx.clock.now(),
    })
    expect(heard).toEqual([
      { table: 'tree_versions', id: 'topup-not-credited@2', op: 'insert' },
      { table: 'trees', id: 'topup-not-credited', op: 'update' },
    ])
    fx.ctx.close()
  })

  it('gives older trees their first save time and older versions the id of the profile whose name they show (migration 0150)', () => {
    const file = join(tempDir(), 'older.db')
    const old = writePreLedgerDatabase(file, 110)
    old.exec(`
      INSERT INTO profiles (id, display_name, agent_id, created_at, updated_at) VALUES ('mei', '小美', 'KF017', 1, 1), ('qiang', '阿强', '', 1, 1);
      INSERT INTO tree_versions (tree_id, version, title, json, saved_at, saved_by) VALUES
        ('t', 1, '充值', '{}', 100, ''), ('t', 2, '充值', '{}', 200, '小美（KF017）'), ('t', 3, '充值', '{}', 300, '阿强'), ('u', 1, '退款', '{}', 400, '已删除的人');
      INSERT INTO trees (id, version, position, updated_at) VALUES ('t', 3, 0, 300), ('u', 1, 1, 400);
    `)
    old.close()
    const db = openDatabase(file)
    expect(db.prepare('SELECT tree_id, version, saved_by_id FROM tree_versions ORDER BY tree_id, version').all()).toEqual([
      { tree_id: 't', version: 1, saved_by_id: null },
      { tree_id: 't', version: 2, saved_by_id: 'mei' },
      { tree_id: 't', version: 3, saved_by_id: 'qiang' },
      { tree_id: 'u', version: 1, saved_by_id: null },
    ])
    expect(db.prepare('SELECT id, created_at, updated_by FROM trees ORDER BY id').all()).toEqual([
      { id: 't', created_at: 100, updated_by: 'qiang' },
      { id: 'u', created_at: 400, updated_by: null },
    ])
    db.close()
  })
})
