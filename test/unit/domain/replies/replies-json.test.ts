import { describe, expect, it } from 'vitest'
import { exportRepliesJson, parseRepliesJson, type ParsedReply } from '../../../../src/shared/domain/replies'

const codes = (json: string) => parseRepliesJson(json).problems.map((e) => [e.line, e.code])

describe('reply JSON import and export', () => {
  it('reads back what it wrote', () => {
    const rows: ParsedReply[] = [
      { title: '问候', body: '您好，"在的"\n请问有什么可以帮您？', shortcut: 'hi', category: '通用', shared: true },
      { title: '=x', body: 'y', shared: false },
    ]
    expect(parseRepliesJson(exportRepliesJson(rows))).toEqual({ rows, problems: [], errors: [] })
  })

  it('reads Chinese keys, ignores other keys and tolerates a BOM', () => {
    const json = '\uFEFF[{"id": "a", "标题": "问候", "内容": "您好", "共享": "是"}]'
    expect(parseRepliesJson(json)).toEqual({ rows: [{ title: '问候', body: '您好', shared: true }], problems: [], errors: [] })
  })

  it('names the line where a faulty reply starts', () => {
    const json = ['[', '  {"title": "问候", "body": "您好"},', '  {', '    "title": "说明, [见下]",', '    "body": ""', '  },', '  {"title": "x", "body": "y", "shortcut": 5}', ']'].join('\n')
    expect(codes(json)).toEqual([
      [3, 'body_required'],
      [7, 'wrong_type'],
    ])
  })

  it('names the line of a syntax error', () => {
    expect(codes('[\n  {"title": "a", "body": "b"},\n  {"title": "c" "body": "d"}\n]')).toEqual([[3, 'malformed_json']])
  })

  it('refuses what is not a list of replies', () => {
    expect(codes('{"title": "a"}')).toEqual([[1, 'not_a_list']])
    expect(codes('[\n"a",\n{"body":"b"}\n]')).toEqual([[2, 'not_a_reply']])
    expect(codes('  ')).toEqual([[1, 'empty_file']])
  })

  it('finds duplicate shortcuts as the CSV import does', () => {
    expect(codes('[{"title":"a","body":"b","shortcut":"Hi"},\n{"title":"c","body":"d","shortcut":"hI"}]')).toEqual([[2, 'shortcut_duplicate']])
  })
})
