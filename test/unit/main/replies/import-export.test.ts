import { describe, expect, it } from 'vitest'
import { parseRepliesCsv } from '../../../../src/shared/domain'
import { REPLY_IMPORT_MAX_BYTES } from '../../../../src/shared/ipc/replies'
import { encodeGbk } from '../../../helpers/gbk'
import { useTempDir } from '../../../helpers/temp-dir'
import { call, openReplies, refusal, replyCount, signIn } from './helpers'

const tempDir = useTempDir()

/** A chosen file as the renderer sends it: its name and its bytes in base64. */
const asFile = (fileName: string, content: string | Uint8Array) => ({
  fileName,
  data: Buffer.from(typeof content === 'string' ? new TextEncoder().encode(content) : content).toString('base64'),
})

const csv = (...rows: string[]) => ['标题,内容,快捷码,分类,子分类,共享', ...rows].join('\r\n')

describe('importing reply files', () => {
  it('imports nothing when one row is bad, and the preview names the line and the reason', async () => {
    const { ctx } = openReplies(tempDir())
    signIn(ctx, '小美')
    const before = replyCount(ctx)
    const text = csv('赠品说明,亲，下单就送小样哦。,zp,售前,活动,否', ',这一行没有标题,,,,否', '开票,亲，可以开电子发票。,kp,售后,,是')
    const preview = await call(ctx, 'replies:previewImport', asFile('话术.csv', text))
    expect(preview.problemCount).toBe(1)
    expect(preview.problems[0]).toMatchObject({ line: 3, code: 'title_required' })
    expect(preview.problems[0]!.message).toContain('标题')
    const error = await refusal(ctx, 'replies:import', { ...asFile('话术.csv', text), duplicates: 'skip' })
    expect(error).toMatchObject({ code: 'invalid-input', params: { reason: 'import-rows', count: 1 } })
    expect(replyCount(ctx)).toBe(before)
    ctx.close()
  })

  it('refuses a file whose reply would fail the lint, naming the reply and the phrase', async () => {
    const { ctx } = openReplies(tempDir())
    signIn(ctx, '小美')
    const before = replyCount(ctx)
    const text = JSON.stringify([
      { title: '好的', body: '亲，好的～' },
      { title: '催单回复', body: '急什么，排队发货。' },
    ])
    const preview = await call(ctx, 'replies:previewImport', asFile('话术.json', text))
    expect(preview.problems).toEqual([expect.objectContaining({ code: 'lint_forbidden', title: '催单回复', match: '急什么' })])
    expect(await refusal(ctx, 'replies:import', { ...asFile('话术.json', text), duplicates: 'keepBoth' })).toMatchObject({ code: 'invalid-input' })
    expect(replyCount(ctx)).toBe(before)
    ctx.close()
  })

  it('imports a good file in one go, shared and personal rows as the file says', async () => {
    const { ctx } = openReplies(tempDir())
    signIn(ctx, '小美')
    const text = csv('赠品说明,亲，下单就送小样哦。,zp,售前,活动,否', '"开票","亲，可以开电子发票，\r\n下单时备注抬头即可。",kp,售后,,是')
    const preview = await call(ctx, 'replies:previewImport', asFile('话术.csv', text))
    expect(preview).toMatchObject({ total: 2, problemCount: 0, duplicateCount: 0 })
    expect(await call(ctx, 'replies:import', { ...asFile('话术.csv', text), duplicates: 'skip' })).toEqual({ added: 2, updated: 0, skipped: 0 })
    const list = await call(ctx, 'replies:list', {})
    expect(list.find((r) => r.shortcut === 'zp')).toMatchObject({ title: '赠品说明', category: '售前', group: '活动', shared: false, titlePinyin: 'zeng pin shuo ming' })
    expect(list.find((r) => r.shortcut === 'kp')).toMatchObject({ body: '亲，可以开电子发票，\n下单时备注抬头即可。', shared: true })
    ctx.close()
  })

  it('lets the agent skip, overwrite or keep both when a row has the shortcut or title of an existing reply', async () => {
    const dir = tempDir()
    const { ctx } = openReplies(dir)
    signIn(ctx, '小美')
    const text = csv('退款新说法,亲，退款会在 1-3 天内原路退回。,TK,售后,退款,是', '价格说明,亲，我们的价格已经是活动价了。,,售前,价格,是')
    const preview = await call(ctx, 'replies:previewImport', asFile('话术.csv', text))
    expect(preview.duplicates).toEqual([
      { title: '退款新说法', shortcut: 'TK', existingTitle: '已发货想退款', by: 'shortcut', lossy: false },
      { title: '价格说明', shortcut: '', existingTitle: '价格说明', by: 'title', lossy: false },
    ])
    const count = replyCount(ctx)
    expect(await call(ctx, 'replies:import', { ...asFile('话术.csv', text), duplicates: 'skip' })).toEqual({ added: 0, updated: 0, skipped: 2 })
    expect(replyCount(ctx)).toBe(count)

    expect(await call(ctx, 'replies:import', { ...asFile('话术.csv', text), duplicates: 'overwrite' })).toEqual({ added: 0, updated: 2, skipped: 0 })
    let list = await call(ctx, 'replies:list', {})
    expect(list.find((r) => r.shortcut === 'TK')).toMatchObject({ title: '退款新说法', body: '亲，退款会在 1-3 天内原路退回。' })
    // The overwritten reply keeps its own shortcut when the file gives none.
    expect(list.find((r) => r.title === '价格说明')).toMatchObject({ body: '亲，我们的价格已经是活动价了。', shortcut: 'jg' })
    expect(replyCount(ctx)).toBe(count)

    expect(await call(ctx, 'replies:import', { ...asFile('话术.csv', text), duplicates: 'keepBoth' })).toEqual({ added: 2, updated: 0, skipped: 0 })
    list = await call(ctx, 'replies:list', {})
    expect(list.filter((r) => r.title === '退款新说法').map((r) => r.shortcut).sort()).toEqual(['', 'TK'])
    expect(list.filter((r) => r.title === '价格说明')).toHaveLength(2)
    ctx.close()
  })

  it('refuses a file over the size limit before reading it', async () => {
    const { ctx } = openReplies(tempDir())
    signIn(ctx, '小美')
    const text = csv(`大文件,${'好'.repeat(Math.ceil(REPLY_IMPORT_MAX_BYTES / 3))},,,,否`)
    expect(await refusal(ctx, 'replies:previewImport', asFile('话术.csv', text))).toMatchObject({ code: 'too-large', params: { reason: 'import-file', maxMb: 5 } })
    ctx.close()
  })
})

describe('importing the files shops really have', () => {
  const QIANNIU = ['分组,快捷编码,快捷短语,是否加入团队', '售后,退换,"亲，收到货七天内可以无理由退换哦",是', '售前,ｖｉｐ,亲，会员享九五折～,否', '通用,有 空格,亲，在的,否'].join('\r\n')

  it('imports a Qianniu phrase list saved by Chinese Excel (GBK): warnings listed but not blocking, Chinese codes kept', async () => {
    const { ctx } = openReplies(tempDir())
    signIn(ctx, '小美')
    const file = asFile('快捷短语.csv', encodeGbk(QIANNIU))
    const preview = await call(ctx, 'replies:previewImport', file)
    expect(preview).toMatchObject({ total: 3, good: 3, errorCount: 0, problemCount: 1, encoding: 'gb18030' })
    expect(preview.problems).toEqual([expect.objectContaining({ line: 4, code: 'shortcut_invalid', severity: 'warning' })])
    expect(await call(ctx, 'replies:import', { ...file, duplicates: 'skip' })).toEqual({ added: 3, updated: 0, skipped: 0 })
    const list = await call(ctx, 'replies:list', {})
    expect(list.find((r) => r.shortcut === '退换')).toMatchObject({ title: '收到货七天内可以无理由退换哦', category: '售后', shared: true })
    expect(list.find((r) => r.shortcut === 'vip')).toMatchObject({ title: '会员享九五折', shared: false })
    ctx.close()
  })

  it('imports only the good rows when the agent chooses to skip the refused ones, and nothing otherwise', async () => {
    const { ctx } = openReplies(tempDir())
    signIn(ctx, '小美')
    const before = replyCount(ctx)
    const file = asFile('话术.csv', csv('赠品说明,亲，下单就送小样哦。,zp,售前,活动,否', ',这一行没有标题,,,,否', '催单,急什么，排队发货。,cd,,,否', '开票,亲，可以开电子发票。,kp,售后,,是'))
    const preview = await call(ctx, 'replies:previewImport', file)
    expect(preview).toMatchObject({ total: 4, good: 2, errorCount: 2 })
    expect(await refusal(ctx, 'replies:import', { ...file, duplicates: 'skip' })).toMatchObject({ params: { reason: 'import-rows', count: 2 } })
    expect(replyCount(ctx)).toBe(before)
    expect(await call(ctx, 'replies:import', { ...file, duplicates: 'skip', skipProblems: true })).toEqual({ added: 2, updated: 0, skipped: 0 })
    const titles = (await call(ctx, 'replies:list', {})).map((r) => r.title)
    expect(titles).toEqual(expect.arrayContaining(['赠品说明', '开票']))
    expect(titles).not.toContain('催单')
    ctx.close()
  })

  it('flags an overwrite from a GBK file that would turn a stored emoji into ?', async () => {
    const { ctx } = openReplies(tempDir())
    signIn(ctx, '小美')
    await call(ctx, 'replies:create', { title: '好评返现', body: '亲，五星好评截图发我们返 2 元哦👍', shortcut: 'hp' })
    const file = asFile('话术.csv', encodeGbk(csv('好评返现,亲，五星好评截图发我们返 3 元哦👍,hp,,,否')))
    const preview = await call(ctx, 'replies:previewImport', file)
    expect(preview.duplicates).toEqual([expect.objectContaining({ by: 'shortcut', lossy: true })])
    const utf8 = await call(ctx, 'replies:previewImport', asFile('话术.csv', csv('好评返现,亲，五星好评截图发我们返 3 元哦👍,hp,,,否')))
    expect(utf8.duplicates).toEqual([expect.objectContaining({ by: 'shortcut', lossy: false })])
    ctx.close()
  })

  it('reports its progress while it checks and saves', async () => {
    const { ctx } = openReplies(tempDir())
    signIn(ctx, '小美')
    const stages: string[] = []
    ctx.services.events.subscribe((name, payload) => {
      if (name === 'replies:importProgress') stages.push((payload as { stage: string }).stage)
    })
    await call(ctx, 'replies:import', { ...asFile('话术.csv', csv('问候,亲，在的,,,,否')), duplicates: 'skip' })
    expect(stages[0]).toBe('check')
    expect(stages.at(-1)).toBe('done')
    ctx.close()
  })
})

describe('exporting replies', () => {
  it('writes every reply the agent sees as CSV for Chinese Excel, which imports back unchanged', async () => {
    const { ctx } = openReplies(tempDir())
    signIn(ctx, '小美')
    await call(ctx, 'replies:create', { title: '=公式陷阱', body: '亲，"引号"和,逗号\r\n换行都保留。', shortcut: 'gs', category: '通用' })
    const exported = await call(ctx, 'replies:export', { format: 'csv' })
    expect(exported.fileName).toMatch(/^快捷回复-\d{4}-\d{2}-\d{2}\.csv$/)
    expect(exported.text.startsWith('\uFEFF标题,内容,快捷码,分类,子分类,共享\r\n')).toBe(true)
    expect(exported.text).toContain("'=公式陷阱")
    const list = await call(ctx, 'replies:list', {})
    expect(exported.count).toBe(list.length)
    const back = parseRepliesCsv(exported.text)
    expect(back.errors).toEqual([])
    expect(back.rows.map((r) => [r.title, r.body, r.shortcut ?? '', r.shared])).toEqual(list.map((r) => [r.title, r.body, r.shortcut, r.shared]))
    ctx.close()
  })

  it('writes JSON in the shape of the default library', async () => {
    const { ctx } = openReplies(tempDir())
    signIn(ctx, '小美')
    const exported = await call(ctx, 'replies:export', { format: 'json' })
    const data = JSON.parse(exported.text) as { title: string; shortcut?: string; shared: boolean }[]
    expect(data.find((r) => r.shortcut === 'wl')).toMatchObject({ title: '物流查询：包裹在哪', shared: true })
    ctx.close()
  })
})
