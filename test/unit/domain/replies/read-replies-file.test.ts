// readRepliesFile from the public domain API: files as shops really have them (Qianniu's
// phrase lists saved by Chinese Excel, UTF-16 "Unicode text", Chatwoot's canned responses).
import { describe, expect, it } from 'vitest'
import { exportRepliesCsv, readRepliesFile, type ReplyImportResult } from '../../../../src/shared/domain'
import { encodeGbk } from '../../../helpers/gbk'

const utf8 = (text: string) => new TextEncoder().encode(text)

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2)
  out.set(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff])
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    out[2 + i * 2] = endian === 'le' ? unit & 0xff : unit >> 8
    out[3 + i * 2] = endian === 'le' ? unit >> 8 : unit & 0xff
  }
  return out
}

const codes = (result: ReplyImportResult) => result.problems.map((p) => [p.line, p.code, p.severity])

// The shape of a Qianniu phrase export as a shop keeps it in Excel: group, code, content, team flag, no title.
const QIANNIU = [
  '分组,快捷编码,快捷短语,是否加入团队',
  '售后,退换,"亲，您好，收到货七天内可以无理由退换，请保持吊牌完好哦",是',
  '售前,ｖｉｐ,亲，会员下单享九五折～,否',
  '活动,PROMO-1,"双十一活动：满300减40，可叠加店铺券",是',
  '物流,/kd,亲，默认发中通快递，偏远地区发邮政,否',
  '通用,cf_1,亲，已为您备注，请放心,否',
  '通用,太长了的快捷编码一二三四五六七八九十,亲，有什么可以帮您的吗？,否',
].join('\r\n')

describe('readRepliesFile: Qianniu phrase lists in the encodings Excel writes', () => {
  it('reads a Qianniu-shaped CSV saved in GBK: derived titles, codes as written, width folded', async () => {
    const result = await readRepliesFile(encodeGbk(QIANNIU), '快捷短语.csv')
    expect(result.encoding).toBe('gb18030')
    expect(result.errors).toEqual([])
    expect(result.rows.map((r) => [r.title, r.shortcut, r.category, r.shared])).toEqual([
      ['收到货七天内可以无理由退换', '退换', '售后', true],
      ['会员下单享九五折', 'vip', '售前', false],
      ['双十一活动：满300减40', 'PROMO-1', '活动', true],
      ['默认发中通快递', '/kd', '物流', false],
      ['已为您备注', 'cf_1', '通用', false],
      ['有什么可以帮您的吗', undefined, '通用', false],
    ])
    expect(codes(result)).toEqual([[7, 'shortcut_invalid', 'warning']])
    expect(result.problems[0]!.message).toContain('太长了的快捷编码')
  })

  it('reads the same file in UTF-8 with and without a BOM and in UTF-16 LE and BE with a BOM', async () => {
    const gbk = await readRepliesFile(encodeGbk(QIANNIU), 'a.csv')
    for (const [bytes, encoding] of [
      [utf8('\uFEFF' + QIANNIU), 'utf-8'],
      [utf8(QIANNIU), 'utf-8'],
      [utf16(QIANNIU, 'le'), 'utf-16le'],
      [utf16(QIANNIU, 'be'), 'utf-16be'],
    ] as const) {
      const result = await readRepliesFile(bytes, 'a.csv')
      expect(result.encoding).toBe(encoding)
      expect(result.rows).toEqual(gbk.rows)
    }
  })

  it('reads the other header spellings: 分组名称, 编码 / 快捷码, 短语内容 / 内容, and tab-separated text', async () => {
    for (const header of ['分组名称\t编码\t短语内容', '分组\t快捷码\t内容']) {
      const result = await readRepliesFile(utf8(`${header}\n售前\tzp\t亲，下单就送小样哦\n`), '导出.txt')
      expect(result.rows).toEqual([{ title: '下单就送小样哦', body: '亲，下单就送小样哦', shortcut: 'zp', category: '售前', shared: false }])
    }
  })

  it('keeps a 是否加入团队 value it cannot read as an error that names the row', async () => {
    const result = await readRepliesFile(utf8('分组,快捷编码,快捷短语,是否加入团队\n售前,a1,亲在的,也许\n'), 'a.csv')
    expect(codes(result)).toEqual([[2, 'shared_invalid', 'error']])
  })
})

describe('readRepliesFile: round trip and repairs', () => {
  it('takes off the formula guard that export adds, multi-line cells included', async () => {
    const rows = [
      { title: '=公式', body: '=SUM(A1)\n第二行', shared: false },
      { title: '减号', body: '-5 元优惠\r\n再减', shortcut: 'js', shared: true },
      { title: '@提及', body: '+86 电话\n@客服', shared: false },
    ]
    const result = await readRepliesFile(utf8(exportRepliesCsv(rows)), '导出.csv')
    expect(result.errors).toEqual([])
    expect(result.rows).toEqual(rows)
  })

  it('trims a category longer than the editor allows, with a warning, and never refuses the row for it', async () => {
    const long = '这是一个非常非常长的分类名称超过了二十个字的限制'
    const result = await readRepliesFile(utf8(`内容,分类\n亲在的,${long}\n`), 'a.csv')
    expect(result.rows[0]!.category).toBe([...long].slice(0, 20).join(''))
    expect(codes(result)).toEqual([[2, 'category_trimmed', 'warning']])
  })
})

describe('readRepliesFile: other tools and other files', () => {
  it("maps Chatwoot's canned responses [{short_code, content}], bare or wrapped in payload", async () => {
    const list = [
      { id: 1, short_code: 'greet', content: 'Hello! How can I help you today?', account_id: 3 },
      { id: 2, short_code: '退款', content: '亲，退款会在 1-3 个工作日原路退回。' },
    ]
    for (const json of [JSON.stringify(list), JSON.stringify({ payload: list })]) {
      const result = await readRepliesFile(utf8(json), 'canned_responses.json')
      expect(result.errors).toEqual([])
      expect(result.rows.map((r) => [r.shortcut, r.title])).toEqual([
        ['greet', 'How can I help you today'],
        ['退款', '退款会在 1-3 个工作日原路退回'],
      ])
    }
  })

  it('names what it found in a JSON file it cannot map, in one message', async () => {
    const result = await readRepliesFile(utf8(JSON.stringify([{ question: 'q', answer: 'a' }])), 'faq.json')
    expect(result.problems).toEqual([expect.objectContaining({ code: 'unknown_format', severity: 'error', message: expect.stringContaining('question、answer') })])
  })

  it('names what it found in a table it cannot map', async () => {
    const result = await readRepliesFile(utf8('订单号,买家,金额\n1,a,2\n'), 'orders.csv')
    expect(result.problems).toEqual([expect.objectContaining({ line: 1, code: 'unknown_format', message: expect.stringContaining('订单号、买家、金额') })])
  })

  it('names the file type of a file that is neither text nor a workbook', async () => {
    const cases: [number[], string, string][] = [
      [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0], '旧话术.xls', '.xls'],
      [[0x25, 0x50, 0x44, 0x46, 0x2d, 0x31], '话术.pdf', 'PDF'],
      [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0], '截图.csv', 'PNG'],
      [[0x50, 0x4b, 0x03, 0x04, 0, 0], '话术.docx', 'Word'],
    ]
    for (const [bytes, name, kind] of cases) {
      const result = await readRepliesFile(new Uint8Array(bytes), name)
      expect(result.rows).toEqual([])
      expect(result.problems).toEqual([expect.objectContaining({ code: 'binary_file', severity: 'error', message: expect.stringContaining(kind) })])
    }
  })

  it('refuses a workbook it cannot open, or cannot read here, with a sentence saying what to do', async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])
    const broken = await readRepliesFile(zip, '话术.xlsx', { xlsx: () => Promise.reject(new Error('not a zip')) })
    expect(broken.problems).toEqual([expect.objectContaining({ code: 'xlsx_unreadable', severity: 'error', message: expect.stringContaining('重新保存') })])
    // No reader registered in this file's module graph (main registers exceljs at start-up).
    const unreadable = await readRepliesFile(zip, '话术.xlsx')
    expect(unreadable.problems).toEqual([expect.objectContaining({ code: 'xlsx_unavailable', message: expect.stringContaining('CSV') })])
  })

  it('reports an empty file', async () => {
    expect(codes(await readRepliesFile(new Uint8Array(), 'a.csv'))).toEqual([[1, 'empty_file', 'error']])
  })
})
