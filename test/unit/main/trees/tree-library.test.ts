import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Tree } from '../../../../src/shared/domain'
import { useTempDir } from '../../../helpers/temp-dir'
import { openTreesFixture, PAID_FAILED_REFUND, rejection, treeTables } from './fixture'
import { danglingTreeFile } from '../../../helpers/dangling-tree'

const tempDir = useTempDir()

function relabel(tree: Tree, nodeId: string, option: number, label: string): Tree {
  const copy = structuredClone(tree)
  const node = copy.nodes.find((n) => n.id === nodeId)
  if (node?.kind !== 'question') throw new Error(`${nodeId} is not a question`)
  node.options[option]!.label = label
  return copy
}

describe('default trees', () => {
  it('are seeded on the first start, shared by every profile, in the shipped order', () => {
    const fx = openTreesFixture(tempDir())
    const list = fx.ctx.services.orderTrees.list()
    expect(list.map((t) => [t.id, t.version, t.title])).toEqual([
      ['topup-not-credited', 1, '充值未到账'],
      ['after-sales', 1, '售后处理'],
      ['jd-shipping-fee', 1, '京东运费'],
    ])
    fx.signIn(fx.qiang)
    expect(fx.ctx.services.orderTrees.list()).toEqual(list)
    fx.ctx.close()
  })

  it('are seeded once: a later start keeps the shop’s edits and does not bring back the shipped version', () => {
    const dir = tempDir()
    const first = openTreesFixture(dir)
    const library = first.ctx.services.orderTrees
    const edited = relabel(library.get('topup-not-credited'), 'q-request', 0, '话费没到账')
    expect(library.save(JSON.stringify(edited), 1)).toMatchObject({ ok: true, tree: { version: 2 } })
    first.ctx.close()

    const again = openTreesFixture(dir)
    const tree = again.ctx.services.orderTrees.get('topup-not-credited')
    expect(tree.version).toBe(2)
    expect(tree.nodes[0]).toMatchObject({ options: [{ label: '话费没到账' }, {}, {}, {}] })
    expect(again.ctx.services.db.prepare('SELECT count(*) AS n FROM tree_versions').get()).toEqual({ n: 4 })
    again.ctx.close()
  })
})

describe('saving and versions', () => {
  it('stores an edit as the next version and keeps the old one readable', () => {
    const fx = openTreesFixture(tempDir())
    const library = fx.ctx.services.orderTrees
    const v1 = library.get('topup-not-credited')
    const result = library.save(JSON.stringify(relabel(v1, 'q-failed-choice', 2, '全额退款')), 1)
    expect(result).toMatchObject({ ok: true, tree: { id: 'topup-not-credited', version: 2, updatedBy: '小美（KF017）', updatedAt: fx.clock.now() } })
    expect(library.get('topup-not-credited', 1)).toEqual(v1)
    expect(library.get('topup-not-credited').version).toBe(2)
    expect(library.versions('topup-not-credited').map((v) => [v.version, v.savedBy])).toEqual([
      [2, '小美（KF017）'],
      [1, ''],
    ])
    fx.ctx.close()
  })

  it('writes no new version when nothing changed', () => {
    const fx = openTreesFixture(tempDir())
    const library = fx.ctx.services.orderTrees
    const before = treeTables(fx.ctx)
    expect(library.save(JSON.stringify(library.get('after-sales')), 1)).toMatchObject({ ok: true, tree: { version: 1 } })
    expect(treeTables(fx.ctx)).toEqual(before)
    fx.ctx.close()
  })

  it('refuses a save made on top of a version someone else has replaced', () => {
    const fx = openTreesFixture(tempDir())
    const library = fx.ctx.services.orderTrees
    const v1 = library.get('jd-shipping-fee')
    library.save(JSON.stringify({ ...v1, description: '改过一次' }), 1)
    const error = rejection(() => library.save(JSON.stringify({ ...v1, description: '基于旧版本的修改' }), 1))
    expect(error).toMatchObject({ code: 'conflict', params: { reason: 'stale-version', version: 2 } })
    expect(library.get('jd-shipping-fee').description).toBe('改过一次')
    fx.ctx.close()
  })

  it('refuses an invalid tree, naming the node, and stores nothing', () => {
    const fx = openTreesFixture(tempDir())
    const library = fx.ctx.services.orderTrees
    const tree = structuredClone(library.get('topup-not-credited'))
    const question = tree.nodes.find((n) => n.id === 'q-stock')!
    if (question.kind === 'question') question.options = []
    const before = treeTables(fx.ctx)
    expect(library.save(JSON.stringify(tree), 1)).toEqual({ ok: false, errors: [{ code: 'question-without-options', nodeId: 'q-stock' }, { code: 'unreachable', nodeId: 'o-in-stock' }, { code: 'unreachable', nodeId: 'o-out-of-stock' }] })
    expect(treeTables(fx.ctx)).toEqual(before)
    fx.ctx.close()
  })

  it('refuses a new tree whose id is taken, and a hotkey the app already uses', () => {
    const fx = openTreesFixture(tempDir())
    const library = fx.ctx.services.orderTrees
    const copy = library.get('jd-shipping-fee')
    expect(library.save(JSON.stringify(copy), null)).toEqual({ ok: false, errors: [{ code: 'id-taken', detail: '京东运费' }] })
    expect(library.save(JSON.stringify({ ...copy, hotkey: 'Alt+2' }), 1)).toEqual({ ok: false, errors: [{ code: 'invalid-hotkey', detail: 'Alt+2' }] })
    expect(library.save(JSON.stringify({ ...copy, hotkey: 'Ctrl+Shift+J' }), 1)).toMatchObject({ ok: true, tree: { hotkey: 'Ctrl+Shift+J' } })
    const other = library.get('after-sales')
    expect(library.save(JSON.stringify({ ...other, hotkey: 'CommandOrControl+shift+j' }), 1)).toEqual({ ok: false, errors: [{ code: 'duplicate-hotkey', detail: '京东运费' }] })
    fx.ctx.close()
  })

  it('puts an earlier version back as the newest one', () => {
    const fx = openTreesFixture(tempDir())
    const library = fx.ctx.services.orderTrees
    const v1 = library.get('jd-shipping-fee')
    library.save(JSON.stringify({ ...v1, title: '京东运费（新）' }), 1)
    expect(library.restoreVersion('jd-shipping-fee', 1)).toMatchObject({ version: 3, title: '京东运费' })
    expect(library.get('jd-shipping-fee')).toEqual({ ...v1, version: 3 })
    fx.ctx.close()
  })
})

describe('import and export', () => {
  const danglingFile = () => JSON.stringify(danglingTreeFile())

  it('refuses a file with a dangling link, names the question, and leaves the database as it was', () => {
    const fx = openTreesFixture(tempDir())
    const before = treeTables(fx.ctx)
    const result = fx.ctx.services.orderTrees.import(danglingFile(), false)
    expect(result).toEqual({ ok: false, errors: [{ code: 'dangling-link', nodeId: 'q-size', detail: 'o-no-stock' }] })
    expect(treeTables(fx.ctx)).toEqual(before)
    fx.ctx.close()
  })

  it('refuses a file that is not JSON and one that updates a default tree with a cycle, writing nothing', () => {
    const fx = openTreesFixture(tempDir())
    const library = fx.ctx.services.orderTrees
    const before = treeTables(fx.ctx)
    const broken = library.import('{"id": "x", ', false)
    expect(broken).toMatchObject({ ok: false, errors: [{ code: 'invalid-json' }] })
    const cyclic = structuredClone(library.get('jd-shipping-fee'))
    const last = cyclic.nodes.find((n) => n.id === 'q-books-total')!
    if (last.kind === 'question') last.options[0]!.next = 'q-goods'
    // The option that closed the cycle no longer leads to o-books-6, so that outcome is unreachable too.
    expect(library.import(JSON.stringify(cyclic), false)).toEqual({
      ok: false,
      errors: [
        { code: 'cycle', nodeId: 'q-goods', detail: 'q-books-total' },
        { code: 'unreachable', nodeId: 'o-books-6' },
      ],
    })
    expect(treeTables(fx.ctx)).toEqual(before)
    fx.ctx.close()
  })

  it('says what a dry run would replace without writing, then imports the same file as the next version', () => {
    const fx = openTreesFixture(tempDir())
    const library = fx.ctx.services.orderTrees
    const file = JSON.stringify({ ...library.get('after-sales'), version: 7, description: '新版售后流程' })
    const before = treeTables(fx.ctx)
    expect(library.import(file, true)).toMatchObject({ ok: true, saved: false, tree: { version: 2 }, replaces: { id: 'after-sales', version: 1 } })
    expect(treeTables(fx.ctx)).toEqual(before)
    expect(library.import(file, false)).toMatchObject({ ok: true, saved: true, tree: { version: 2, description: '新版售后流程' } })
    expect(library.get('after-sales', 1).description).not.toBe('新版售后流程')
    fx.ctx.close()
  })

  it('exports the current version in the documented format, which imports back unchanged', async () => {
    const fx = openTreesFixture(tempDir())
    const library = fx.ctx.services.orderTrees
    const { savedTo, fileName } = await library.export('topup-not-credited')
    expect(fileName).toBe('topup-not-credited.json')
    const text = readFileSync(savedTo!, 'utf8')
    expect(JSON.parse(text)).toEqual(library.get('topup-not-credited'))
    const before = treeTables(fx.ctx)
    expect(library.import(text, false)).toMatchObject({ ok: true, tree: { version: 1 } })
    expect(treeTables(fx.ctx)).toEqual(before)
    fx.ports.dialog.savePath = null
    expect(await library.export('topup-not-credited')).toEqual({ fileName, savedTo: null })
    fx.ctx.close()
  })

  it('lists a new tree after the default ones and tells open windows about it', () => {
    const fx = openTreesFixture(tempDir())
    const seen: unknown[] = []
    fx.ctx.services.events.subscribe((name, payload) => name === 'trees:changed' && seen.push(payload))
    const file = JSON.parse(danglingFile())
    file.nodes.push({ id: 'o-no-stock', kind: 'outcome', title: '没货', script: '亲，您好！这个尺码暂时没货了，请问还有其他需要帮您的吗？' })
    expect(fx.ctx.services.orderTrees.import(JSON.stringify(file), false)).toMatchObject({ ok: true, replaces: null, tree: { id: 'wrong-size', version: 1 } })
    expect(fx.ctx.services.orderTrees.list().map((t) => t.id)).toEqual(['topup-not-credited', 'after-sales', 'jd-shipping-fee', 'wrong-size'])
    expect(seen).toEqual([{ id: 'wrong-size', version: 1 }])
    fx.ctx.close()
  })
})

describe('old runs after an edit', () => {
  it('still read the labels of the version they walked', () => {
    const fx = openTreesFixture(tempDir())
    const { orderTrees, orderTreeRuns } = fx.ctx.services
    const { runId } = orderTreeRuns.start('topup-not-credited', 1)
    orderTreeRuns.finish({ runId, choices: PAID_FAILED_REFUND })
    const edited = relabel(relabel(orderTrees.get('topup-not-credited'), 'q-failed-choice', 2, '全额退款'), 'q-request', 0, '话费没到账')
    orderTrees.save(JSON.stringify(edited), 1)
    const [old] = orderTreeRuns.recent(5)
    expect(old).toMatchObject({ version: 1, path: '充值未到账 › 没到账 › 已付款 › 充值失败 › 退款', outcomeTitle: '充值失败：顾客选退款，转专职客服' })
    fx.ctx.close()
  })
})
