// A new shop's own data at the worst sizes it brings.
// - transcripts.parse.200k: parseTranscript on a 200,000-character paste, worst case (one long
//   run of spaces inside a message, and a paste of short header/message lines), beside the
//   least any reader does: split into lines and trim each.
// - replies.import.100k: a 100,000-row Qianniu-shaped CSV from file bytes to saved replies
//   through QuickReplyService.import, and the longest time main's event loop was blocked
//   meanwhile, beside the same rows parsed, checked and written in one synchronous pass (how
//   the import ran before it worked in slices).
// - replies.import.xlsx.30k.block: the longest block while a 30,000-row Qianniu workbook is
//   imported (exceljs runs in a worker thread), beside exceljs loading the same workbook on main.
import ExcelJS from 'exceljs'
import { parseRepliesCsv, parseTranscript } from '../../src/shared/domain'
import { openTestContext } from '../helpers/app-context'
import { medianResult, result, timeRuns, type BenchResult } from './results'
import { signInAgent } from './seed-agent'
import { withTempDir } from './temp-dir'

const PASTE = 200_000
const ROWS = 100_000

function longSpacesPaste(): string {
  const head = '买家tom 2026-11-22 14:03:12\n在吗'
  const tail = '\n小美 2026-11-22 14:03:30\n在的亲'
  return head + ' '.repeat(PASTE - head.length - tail.length - 1) + 'x' + tail
}

function manyLinesPaste(): string {
  const lines: string[] = []
  let length = 0
  for (let i = 0; length < PASTE; i++) {
    const line = i % 4 === 0 ? `买家tom 2026-11-22 14:${String(i % 60).padStart(2, '0')}:12` : i % 4 === 1 ? '请问这件还有 XL 吗？' : i % 4 === 2 ? `小美 2026-11-22 14:${String(i % 60).padStart(2, '0')}:30` : '有的亲，今天下单今天发'
    lines.push(line)
    length += line.length + 1
  }
  return lines.join('\n').slice(0, PASTE)
}

function transcriptBench(): BenchResult[] {
  const naive = (text: string) => text.split(/\r\n|\r|\n/).map((l) => l.trim())
  return (
    [
      ['spaces', longSpacesPaste()],
      ['lines', manyLinesPaste()],
    ] as const
  ).map(([shape, text]) => {
    parseTranscript(text, ['小美'])
    return medianResult({
      id: `transcripts.parse.200k.${shape}`,
      what: `parse a ${text.length}-character paste (${shape === 'spaces' ? 'one long run of spaces' : 'short header and message lines'})`,
      samples: timeRuns(15, () => parseTranscript(text, ['小美'])),
      baseline: { what: 'split into lines and trim', samples: timeRuns(15, () => naive(text)) },
      params: { characters: text.length, shape },
    })
  })
}

function qianniuCsv(rows: number): Uint8Array {
  const lines = ['分组,快捷编码,快捷短语']
  for (let i = 0; i < rows; i++) lines.push(`售后,c${i},亲第${i}条七天退换`)
  return new TextEncoder().encode(lines.join('\r\n'))
}

/** The longest gap between event-loop turns while `work` runs: how long main was blocked at a time. */
async function longestBlock(work: () => Promise<unknown>): Promise<{ totalMs: number; maxBlockMs: number }> {
  let last = performance.now()
  let maxBlockMs = 0
  let running = true
  const beat = () => {
    const now = performance.now()
    maxBlockMs = Math.max(maxBlockMs, now - last)
    last = now
    if (running) setImmediate(beat)
  }
  setImmediate(beat)
  const t0 = performance.now()
  await work()
  const totalMs = performance.now() - t0
  running = false
  beat()
  return { totalMs, maxBlockMs }
}

async function importBench(): Promise<BenchResult[]> {
  const bytes = qianniuCsv(ROWS)
  const file = { fileName: '快捷短语.csv', data: Buffer.from(bytes).toString('base64') }
  const sliced = await withTempDir('import', async (dir) => {
    const ctx = openTestContext(dir)
    signInAgent(ctx.services)
    const measured = await longestBlock(() => ctx.services.quickReplies.import(file, 'keepBoth'))
    ctx.close()
    return measured
  })
  const oneGo = await withTempDir('import-sync', async (dir) => {
    const ctx = openTestContext(dir)
    signInAgent(ctx.services)
    const measured = await longestBlock(async () => {
      // Nothing yields in here: the whole file is one block, as the import ran before.
      const text = new TextDecoder().decode(bytes)
      ctx.services.quickReplies.importParsed(parseRepliesCsv(text).rows, 'keepBoth')
    })
    ctx.close()
    return measured
  })
  const params = { rows: ROWS, bytes: bytes.length }
  return [
    result({ id: 'replies.import.100k', what: `import ${ROWS} rows from file bytes to saved`, unit: 'ms', value: sliced.totalMs, baseline: { what: 'one synchronous pass', value: oneGo.totalMs }, params }),
    result({
      id: 'replies.import.100k.block',
      what: 'longest time main was blocked during that import',
      unit: 'ms',
      value: sliced.maxBlockMs,
      baseline: { what: 'one synchronous pass', value: oneGo.maxBlockMs },
      params,
    }),
  ]
}

const XLSX_ROWS = 30_000

async function qianniuWorkbook(rows: number): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('快捷短语')
  sheet.addRow(['分组', '快捷编码', '快捷短语'])
  for (let i = 0; i < rows; i++) sheet.addRow(['售后', `c${i}`, `亲第${i}条七天退换`])
  return new Uint8Array(await book.xlsx.writeBuffer())
}

async function xlsxImportBench(): Promise<BenchResult> {
  const bytes = await qianniuWorkbook(XLSX_ROWS)
  const file = { fileName: '快捷短语.xlsx', data: Buffer.from(bytes).toString('base64') }
  const imported = await withTempDir('import-xlsx', async (dir) => {
    const ctx = openTestContext(dir)
    signInAgent(ctx.services)
    const measured = await longestBlock(() => ctx.services.quickReplies.import(file, 'keepBoth'))
    ctx.close()
    return measured
  })
  // How the workbook was read before: exceljs on main's own thread.
  const onMain = await longestBlock(async () => {
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer)
  })
  return result({
    id: 'replies.import.xlsx.30k.block',
    what: `longest time main was blocked while a ${XLSX_ROWS}-row workbook was imported`,
    unit: 'ms',
    value: imported.maxBlockMs,
    baseline: { what: 'exceljs loading it on main', value: onMain.maxBlockMs },
    params: { rows: XLSX_ROWS, bytes: bytes.length, totalMs: Math.round(imported.totalMs) },
  })
}

export async function realDataBench(): Promise<BenchResult[]> {
  return [...transcriptBench(), ...(await importBench()), await xlsxImportBench()]
}

