// A big import is written in slices that yield to the event loop (reply-import-write.ts). These
// tests stop it at the moment every slice is committed and the batch is not yet revealed: the
// agent sees none of it there, all of it after, and a power cut there (the data folder copied
// as it is on disk) loses the import but nothing that was saved.
import Database from 'better-sqlite3-multiple-ciphers'
import { cpSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DATABASE_FILE, type AppContext } from '../../../../src/main/app-context'
import type { RowChange } from '../../../../src/main/db/write-seam'
import { openTestContext } from '../../../helpers/app-context'
import { useTempDir } from '../../../helpers/temp-dir'
import { call, openReplies, refusal, signIn } from './helpers'

const tempDir = useTempDir()

const ROWS = 3000

function bigFile(rows = ROWS, lastTitle = '') {
  const lines = ['分组,快捷编码,快捷短语']
  for (let i = 0; i < rows; i++) lines.push(`售后,c${i},亲第${i}条七天无理由退换`)
  if (lastTitle) lines.push(`售后,last,${lastTitle}`)
  return { fileName: '快捷短语.csv', data: Buffer.from(lines.join('\r\n')).toString('base64') }
}

/** Runs `atStaged` once, when every row is staged and the batch is not yet revealed. */
function whenStaged(ctx: AppContext, atStaged: () => void): void {
  let done = false
  ctx.services.events.subscribe((name, payload) => {
    if (name !== 'replies:importProgress' || done) return
    const p = payload as { stage: string; done: number; total: number }
    if (p.stage === 'save' && p.done === p.total) {
      done = true
      atStaged()
    }
  })
}

const stagedRows = (ctx: AppContext) => ctx.services.db.prepare('SELECT count(*) FROM replies WHERE import_batch IS NOT NULL').pluck().get() as number

describe('a big reply import', () => {
  it('is invisible while it is being written and visible all at once when it ends', async () => {
    const { ctx } = openReplies(tempDir())
    signIn(ctx, '小美')
    const before = (await call(ctx, 'replies:list', {})).length
    let seenWhileStaged = -1
    let committedWhileStaged = -1
    whenStaged(ctx, () => {
      seenWhileStaged = ctx.services.quickReplies.list().length
      committedWhileStaged = stagedRows(ctx)
    })
    expect(await call(ctx, 'replies:import', { ...bigFile(), duplicates: 'keepBoth' })).toEqual({ added: ROWS, updated: 0, skipped: 0 })
    expect(committedWhileStaged).toBe(ROWS)
    expect(seenWhileStaged).toBe(before)
    const after = await call(ctx, 'replies:list', {})
    expect(after.length).toBe(before + ROWS)
    expect(after.find((r) => r.shortcut === 'c2999')).toMatchObject({ body: '亲第2999条七天无理由退换' })
    ctx.close()
  })

  it('applies its overwrites only when the whole batch is revealed', async () => {
    const { ctx } = openReplies(tempDir())
    signIn(ctx, '小美')
    await call(ctx, 'replies:import', { ...bigFile(10), duplicates: 'keepBoth' })
    const file = {
      fileName: '快捷短语.csv',
      data: Buffer.from(['分组,快捷编码,快捷短语', '售后,c3,亲这是新的说法', ...Array.from({ length: ROWS }, (_, i) => `售后,n${i},亲新增第${i}条`)].join('\r\n')).toString('base64'),
    }
    let bodyWhileStaged = ''
    whenStaged(ctx, () => {
      bodyWhileStaged = ctx.services.quickReplies.list().find((r) => r.shortcut === 'c3')!.body
    })
    expect(await call(ctx, 'replies:import', { ...file, duplicates: 'overwrite' })).toEqual({ added: ROWS, updated: 1, skipped: 0 })
    expect(bodyWhileStaged).toBe('亲第3条七天无理由退换')
    expect((await call(ctx, 'replies:list', {})).find((r) => r.shortcut === 'c3')).toMatchObject({ body: '亲这是新的说法' })
    ctx.close()
  })

  it('is reported at the write seam as one batch when it is revealed: nothing while staged, nothing when it fails', async () => {
    const { ctx } = openReplies(tempDir())
    signIn(ctx, '小美')
    await call(ctx, 'replies:import', { ...bigFile(10), duplicates: 'keepBoth' })
    const overwritten = ctx.services.quickReplies.list().find((r) => r.shortcut === 'c3')!.id
    const batches: RowChange[][] = []
    ctx.services.quickReplies.rows.seam.observe((batch) => batches.push([...batch]))
    let heardWhileStaged = -1
    whenStaged(ctx, () => {
      heardWhileStaged = batches.length
    })
    const file = { fileName: '快捷短语.csv', data: Buffer.from(['分组,快捷编码,快捷短语', '售后,c3,亲这是新的说法', ...Array.from({ length: ROWS }, (_, i) => `售后,n${i},亲新增第${i}条`)].join('\r\n')).toString('base64') }
    expect(await call(ctx, 'replies:import', { ...file, duplicates: 'overwrite' })).toEqual({ added: ROWS, updated: 1, skipped: 0 })
    expect(heardWhileStaged).toBe(0)
    expect(batches).toHaveLength(1)
    const [batch] = batches as [RowChange[]]
    expect(batch.filter((c) => c.op === 'update')).toEqual([{ table: 'replies', id: overwritten, op: 'update' }])
    const added = new Set(batch.filter((c) => c.op === 'insert').map((c) => c.id))
    expect(added.size).toBe(ROWS)
    const stored = ctx.services.db.prepare("SELECT id FROM replies WHERE shortcut LIKE 'n%'").pluck().all() as string[]
    expect(new Set(stored)).toEqual(added)

    batches.length = 0
    ctx.services.db.exec(`CREATE TEMP TRIGGER refuse_last BEFORE INSERT ON main.replies WHEN NEW.shortcut = 'last' BEGIN SELECT RAISE(ABORT, 'disk is full'); END`)
    await expect(ctx.services.quickReplies.import(bigFile(ROWS, '亲最后一条'), 'keepBoth')).rejects.toThrow('disk is full')
    expect(batches).toEqual([])
    ctx.close()
  })

  it('cut off by a power cut leaves nothing of itself and loses nothing saved, once the app starts again', async () => {
    const dir = tempDir()
    const copy = tempDir()
    const { ctx } = openReplies(dir)
    const profileId = signIn(ctx, '小美')
    const before = (await call(ctx, 'replies:list', {})).length
    whenStaged(ctx, () => {
      // Saved while the import runs, then the power goes: what is on disk is what the copy holds.
      ctx.services.quickReplies.create({ title: '导入时保存', body: '亲，这条是导入时保存的。', shortcut: 'drs', category: '', group: '', shared: false })
      cpSync(dir, copy, { recursive: true })
    })
    await call(ctx, 'replies:import', { ...bigFile(), duplicates: 'keepBoth' })
    ctx.close()

    const onDisk = new Database(join(copy, DATABASE_FILE))
    expect(onDisk.prepare('SELECT count(*) FROM reply_imports_pending').pluck().get()).toBe(1)
    expect(onDisk.prepare('SELECT count(*) FROM replies WHERE import_batch IS NOT NULL').pluck().get()).toBe(ROWS)
    onDisk.close()
    let n = 0
    const restarted = openTestContext(copy, { newId: () => `after-${++n}` })
    expect(stagedRows(restarted)).toBe(0)
    expect(restarted.services.db.prepare('SELECT count(*) FROM reply_imports_pending').pluck().get()).toBe(0)
    restarted.services.session.switchTo(profileId)
    const list = await call(restarted, 'replies:list', {})
    expect(list.length).toBe(before + 1)
    expect(list.find((r) => r.shortcut === 'drs')).toMatchObject({ title: '导入时保存' })
    restarted.close()
  })

  it('that fails while writing leaves nothing of itself', async () => {
    const { ctx } = openReplies(tempDir())
    signIn(ctx, '小美')
    const before = (await call(ctx, 'replies:list', {})).length
    // The database refuses the file's last row, as a full disk would refuse a write.
    ctx.services.db.exec(`CREATE TEMP TRIGGER refuse_last BEFORE INSERT ON main.replies WHEN NEW.shortcut = 'last' BEGIN SELECT RAISE(ABORT, 'disk is full'); END`)
    await expect(ctx.services.quickReplies.import(bigFile(ROWS, '亲最后一条'), 'keepBoth')).rejects.toThrow('disk is full')
    expect((await call(ctx, 'replies:list', {})).length).toBe(before)
    expect(stagedRows(ctx)).toBe(0)
    expect(ctx.services.db.prepare('SELECT count(*) FROM reply_imports_pending').pluck().get()).toBe(0)
    ctx.close()
  })

  it('runs one at a time, and a reply saved meanwhile cannot take a shortcut the import brings', async () => {
    const { ctx } = openReplies(tempDir())
    signIn(ctx, '小美')
    let second: unknown
    let taken: unknown
    whenStaged(ctx, () => {
      void refusal(ctx, 'replies:import', { ...bigFile(1), duplicates: 'keepBoth' }).then((e) => (second = e))
      try {
        ctx.services.quickReplies.create({ title: '抢快捷码', body: '亲，在的。', shortcut: 'C5', category: '', group: '', shared: false })
      } catch (error) {
        taken = error
      }
    })
    await call(ctx, 'replies:import', { ...bigFile(), duplicates: 'keepBoth' })
    expect(second).toMatchObject({ code: 'conflict', params: { reason: 'import-running' } })
    expect(taken).toMatchObject({ code: 'conflict', params: { reason: 'shortcut', shortcut: 'C5' } })
    ctx.close()
  })
})
