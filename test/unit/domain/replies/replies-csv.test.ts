import { describe, expect, it } from 'vitest'
import { exportRepliesCsv, parseRepliesCsv, type ParsedReply } from '../../../../src/shared/domain/replies'

const tricky: ParsedReply[] = [
  { title: '发货时间', body: '亲，付款后 48 小时内发货，\n节假日顺延。', shortcut: 'fh', category: '售前', group: '发货', shared: true },
  { title: '引号 "测试"', body: '他说："可以，没问题"，好的', shared: false },
  { title: '=1+1', body: '+86 不是公式; -减号开头; @提及', shortcut: 'F1', category: '通用', shared: false },
]

const codes = (csv: string) => parseRepliesCsv(csv).problems.map((e) => [e.line, e.code])

describe('reply CSV export', () => {
  it('writes a UTF-8 BOM, a Chinese header and CRLF line ends', () => {
    const csv = exportRepliesCsv([{ title: '问候', body: '您好' }])
    expect(csv.startsWith('\uFEFF标题,内容,快捷码,分类,子分类,共享\r\n')).toBe(true)
    expect(csv.endsWith('问候,您好,,,,否\r\n')).toBe(true)
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/\n/)
  })

  it('writes cells that Excel would run as formulas as text', () => {
    const csv = exportRepliesCsv([{ title: '=HYPERLINK("x")', body: '@SUM(A1)' }])
    expect(csv).toContain(`"'=HYPERLINK(""x"")",'@SUM(A1)`)
  })
})

describe('reply CSV import', () => {
  it('reads back what it wrote: Chinese, commas, quotes, line breaks and leading = signs', () => {
    expect(parseRepliesCsv(exportRepliesCsv(tricky))).toEqual({ rows: tricky, problems: [], errors: [] })
  })

  it('reads English headers in any order, with or without a BOM, and ignores unknown columns', () => {
    const csv = 'Body,note,TITLE,shortcut,shared\n您好，在的,x,问候,hi,yes\n'
    const expected = { rows: [{ title: '问候', body: '您好，在的', shortcut: 'hi', shared: true }], problems: [], errors: [] }
    expect(parseRepliesCsv(csv)).toEqual(expected)
    expect(parseRepliesCsv('\uFEFF' + csv)).toEqual(expected)
  })

  it('skips blank lines but keeps counting them', () => {
    expect(codes('标题,内容\r\n\r\n,,\r\n问候,\r\n')).toEqual([[4, 'body_required']])
  })

  it('names the physical line of a faulty record after a quoted multi-line cell', () => {
    const csv = ['标题,内容,快捷码', '退货,"第一行', '第二行', '第三行",th', '换货,"换货说明",th', '问候,您好,"bad code"'].join('\r\n')
    const result = parseRepliesCsv(csv)
    expect(result.problems.map((e) => [e.line, e.code, e.severity])).toEqual([
      [5, 'shortcut_duplicate', 'warning'],
      [6, 'shortcut_invalid', 'warning'],
    ])
    expect(result.problems[0]!.message).toContain('第 2 行')
    expect(result.errors).toEqual([])
    // A dropped shortcut costs the row its code, not its place in the import.
    expect(result.rows.map((r) => [r.title, r.shortcut])).toEqual([
      ['退货', 'th'],
      ['换货', undefined],
      ['问候', undefined],
    ])
  })

  it('checks required fields, lengths, shortcut form and duplicates regardless of case (a bad code only warns)', () => {
    const csv = [
      '标题,内容,快捷码,共享',
      ',内容,,',
      '标题,,,',
      `${'长'.repeat(101)},内容,,`,
      `标题,${'字'.repeat(2001)},,`,
      '标题,内容,tk,',
      '标题,内容,TK,',
      '标题,内容,tk 2,',
      '标题,内容,,也许',
    ].join('\n')
    expect(codes(csv)).toEqual([
      [2, 'title_required'],
      [3, 'body_required'],
      [4, 'title_too_long'],
      [5, 'body_too_long'],
      [7, 'shortcut_duplicate'],
      [8, 'shortcut_invalid'],
      [9, 'shared_invalid'],
    ])
  })

  it('accepts the longest allowed title, body and shortcut', () => {
    const csv = `标题,内容,快捷码\n${'长'.repeat(100)},${'字'.repeat(2000)},abcdefgh12345678\n`
    expect(parseRepliesCsv(csv).errors).toEqual([])
  })

  it('reports a zh-CN message with each error code', () => {
    const [error] = parseRepliesCsv('标题,内容\n,您好\n').errors
    expect(error).toEqual({ line: 2, code: 'title_required', message: expect.stringMatching(/标题/), severity: 'error' })
  })

  it('refuses a file without the body column, naming the column', () => {
    const { rows, errors } = parseRepliesCsv('标题,说明\n问候,您好\n')
    expect(rows).toEqual([])
    expect(errors).toMatchObject([{ line: 1, code: 'missing_column', message: expect.stringContaining('内容') }])
  })

  it('derives the title from the content when the file has no title column', () => {
    const { rows, errors } = parseRepliesCsv('内容,快捷码\n"亲，您好，七天无理由退换货哦，请放心购买",th\n')
    expect(errors).toEqual([])
    expect(rows).toEqual([{ title: '七天无理由退换货哦', body: '亲，您好，七天无理由退换货哦，请放心购买', shortcut: 'th', shared: false }])
  })

  it('flags an unquoted comma that splits a body into too many cells', () => {
    expect(codes('标题,内容\n问候,您好,欢迎光临\n')).toEqual([[2, 'too_many_fields']])
  })

  it('flags an unterminated quote on the line where its record starts', () => {
    expect(codes('标题,内容\n问候,您好\n说明,"没有结尾\n下一行\n')).toEqual([[3, 'malformed_csv']])
  })

  it('reports an empty file', () => {
    expect(codes('\uFEFF\r\n')).toEqual([[1, 'empty_file']])
  })
})
