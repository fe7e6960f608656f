import { describe, expect, it } from 'vitest'
import { useTempDir } from '../../helpers/temp-dir'
import { followUp, openRegisterFixture, question } from '../register/fixture'

const tempDir = useTempDir()

function found(fx: ReturnType<typeof openRegisterFixture>, query: string, filters = {}): string[] {
  return fx.ctx.services.searchIndex.search(query, filters).hits.map((h) => h.title.text)
}

describe('search over the notebooks', () => {
  it('finds 2-character and longer Chinese words inside longer text, and nothing that is not there', () => {
    const fx = openRegisterFixture(tempDir())
    const r = fx.ctx.services.issueRegister
    r.create(question('客户问物流什么时候到'))
    r.create(question('申请退款后多久到账？', '一般1到3个工作日'))
    r.create(question('尺码偏小要换大一码'))
    expect(found(fx, '物流')).toEqual(['客户问物流什么时候到'])
    expect(found(fx, '退款')).toEqual(['申请退款后多久到账？'])
    expect(found(fx, '工作日')).toEqual(['申请退款后多久到账？'])
    expect(found(fx, '什么时候到')).toEqual(['客户问物流什么时候到'])
    expect(found(fx, '物到')).toEqual([])
    expect(found(fx, '换小')).toEqual([])
    fx.ctx.close()
  })

  it('does not join words across punctuation, yet finds each side and a query that spans it', () => {
    const fx = openRegisterFixture(tempDir())
    fx.ctx.services.issueRegister.create(question('已经收到货，物流很快'))
    expect(found(fx, '货物')).toEqual([])
    expect(found(fx, '到货')).toEqual(['已经收到货，物流很快'])
    expect(found(fx, '物流')).toEqual(['已经收到货，物流很快'])
    expect(found(fx, '货，物流')).toEqual(['已经收到货，物流很快'])
    expect(found(fx, '收到货 很快')).toEqual(['已经收到货，物流很快'])
    fx.ctx.close()
  })

  it('finds mixed queries: order numbers, Latin words and Chinese together', () => {
    const fx = openRegisterFixture(tempDir())
    const r = fx.ctx.services.issueRegister
    r.create(followUp('顺丰SF1234567说已签收但客户没收到', { orderNo: '4012345678901234567' }))
    r.create(followUp('iPhone15手机壳颜色发错', { orderNo: '4099999999999999999' }))
    expect(found(fx, '4012345678901234567')).toEqual(['顺丰SF1234567说已签收但客户没收到'])
    expect(found(fx, '40123456')).toEqual(['顺丰SF1234567说已签收但客户没收到'])
    expect(found(fx, 'sf1234567 签收')).toEqual(['顺丰SF1234567说已签收但客户没收到'])
    expect(found(fx, 'IPHONE 手机壳')).toEqual(['iPhone15手机壳颜色发错'])
    expect(found(fx, '手机壳 签收')).toEqual([])
    fx.ctx.close()
  })

  it('highlights the matched words in the title and the snippet', () => {
    const fx = openRegisterFixture(tempDir())
    fx.ctx.services.issueRegister.create(question('退款什么时候到账', '退款原路返回，物流拦截后处理'))
    const [hit] = fx.ctx.services.searchIndex.search('退款').hits
    expect(hit!.title.ranges.map((r) => hit!.title.text.slice(r.start, r.end))).toEqual(['退款'])
    expect(hit!.snippet.ranges.map((r) => hit!.snippet.text.slice(r.start, r.end))).toEqual(['退款'])
    fx.ctx.close()
  })

  it('stays in step with edits and deletes, and with an undone delete', () => {
    const fx = openRegisterFixture(tempDir())
    const r = fx.ctx.services.issueRegister
    const entry = r.create(question('客户要开发票'))
    r.update(entry.id, question('客户要改收货地址'))
    expect(found(fx, '发票')).toEqual([])
    expect(found(fx, '地址')).toEqual(['客户要改收货地址'])
    r.delete(entry.id)
    expect(found(fx, '地址')).toEqual([])
    r.restore(entry.id)
    expect(found(fx, '地址')).toEqual(['客户要改收货地址'])
    const indexed = fx.ctx.services.db.prepare("SELECT count(*) AS n FROM search_docs WHERE notebook = 'register'").get() as { n: number }
    expect(indexed.n).toBe(1)
    fx.ctx.close()
  })

  it('filters by notebook, kind, status, date range and author, and pages', () => {
    const fx = openRegisterFixture(tempDir())
    const r = fx.ctx.services.issueRegister
    const first = fx.clock.now()
    for (let i = 0; i < 25; i++) {
      r.create(i % 5 === 0 ? followUp(`第${i}单物流异常`) : question(`第${i}个物流问题`, i % 2 === 0 ? '已答复' : ''))
      fx.clock.advance(60_000)
    }
    const search = fx.ctx.services.searchIndex
    expect(search.search('物流').total).toBe(25)
    expect(search.search('物流', { kinds: ['followup'] }).total).toBe(5)
    expect(search.search('物流', { statuses: ['unanswered'] }).total).toBe(10)
    expect(search.search('物流', { from: first + 10 * 60_000, to: first + 20 * 60_000 }).total).toBe(10)
    expect(search.search('物流', { author: 'KF017' }).total).toBe(25)
    expect(search.search('物流', { author: '阿强' }).total).toBe(0)
    expect(search.search('物流', { notebooks: ['handover'] }).total).toBe(0)
    const page3 = search.search('物流', {}, 3, 10)
    expect(page3.hits.map((h) => h.title.text)).toEqual(['第4个物流问题', '第3个物流问题', '第2个物流问题', '第1个物流问题', '第0单物流异常'])
    fx.ctx.close()
  })

  it('shows shared notes to every profile and private notes only to their owner', () => {
    const fx = openRegisterFixture(tempDir())
    const { searchIndex, issueRegister } = fx.ctx.services
    issueRegister.create(question('小美的私人疑问：赠品怎么登记'))
    searchIndex.upsert({ notebook: 'handover', refId: 'h1', profileId: null, title: '交接：赠品漏发', body: '明天补发', at: fx.clock.now(), author: '小美（KF017）' })
    searchIndex.upsert({ notebook: 'handover', refId: 'h2', profileId: fx.mei, title: '未提交的交接：赠品', body: '', at: fx.clock.now() })
    expect(found(fx, '赠品').sort()).toEqual(['交接：赠品漏发', '小美的私人疑问：赠品怎么登记', '未提交的交接：赠品'].sort())
    fx.signIn(fx.qiang)
    expect(found(fx, '赠品')).toEqual(['交接：赠品漏发'])
    expect(found(fx, '私人疑问')).toEqual([])
    // A note handed over later becomes shared: the same upsert moves it.
    searchIndex.upsert({ notebook: 'handover', refId: 'h2', profileId: null, title: '已提交的交接：赠品', body: '', at: fx.clock.now() })
    expect(found(fx, '赠品').sort()).toEqual(['交接：赠品漏发', '已提交的交接：赠品'].sort())
    searchIndex.remove('handover', 'h1')
    expect(found(fx, '漏发')).toEqual([])
    fx.ctx.close()
  })

  it('leaves segment merging out of saves and catches up when tidied, finding the same notes', () => {
    const fx = openRegisterFixture(tempDir())
    const { db, searchIndex, issueRegister } = fx.ctx.services
    expect(db.prepare("SELECT v FROM search_index_config WHERE k = 'automerge'").get()).toEqual({ v: 0 })
    for (let i = 0; i < 40; i++) issueRegister.create(question(`第${i}位买家问物流`))
    const before = searchIndex.search('物流', {}, 1, 50).hits.map((h) => h.title.text)
    expect(searchIndex.tidy()).toBe(true)
    let rounds = 0
    while (searchIndex.tidy() && rounds < 50) rounds++
    expect(searchIndex.tidy()).toBe(false)
    expect(searchIndex.search('物流', {}, 1, 50).hits.map((h) => h.title.text)).toEqual(before)
    expect(before).toHaveLength(40)
    fx.ctx.close()
  })

  it('says a lone character is too short instead of searching', () => {
    const fx = openRegisterFixture(tempDir())
    fx.ctx.services.issueRegister.create(question('物流'))
    expect(fx.ctx.services.searchIndex.search('物')).toMatchObject({ tooShort: true, hits: [], total: 0 })
    fx.ctx.close()
  })
})
