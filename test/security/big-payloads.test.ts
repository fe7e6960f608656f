// Big payloads (issue 16, item 3.5): a 100 MB `values` object and a report preview of many
// megabytes held main for over a second. An input past the budget is refused with a sentence
// before anything reads it, and the preview travels a page at a time.
import { describe, expect, it } from 'vitest'
import type { AppContext } from '../../src/main/app-context'
import { dispatch } from '../../src/main/ipc/dispatch'
import type { Channel, Input } from '../../src/shared/contract'
import { exceedsPayloadBudget, PAYLOAD_BUDGET } from '../../src/shared/ipc/payload-budget'
import { REPORT_PREVIEW_PAGE } from '../../src/shared/ipc/report'
import { REPLY_IMPORT_MAX_BYTES } from '../../src/shared/ipc/replies'
import { openTestContext, testClock } from '../helpers/app-context'
import { useTempDir } from '../helpers/temp-dir'
import { localDateKey } from '../../src/shared/domain/shifts/shift-time'

const tempDir = useTempDir()
const quiet = () => undefined
const call = <C extends Channel>(ctx: AppContext, channel: C, input: unknown) => dispatch(ctx.handlers, channel, input as Input<C>, quiet)

function signedIn(): AppContext {
  const ctx = openTestContext(tempDir(), { clock: testClock() })
  const mei = ctx.services.profiles.create({ displayName: '小美', agentId: 'KF017', chatAccounts: [], language: 'zh-CN' })
  ctx.services.session.switchTo(mei.id)
  return ctx
}

/** 100 MB of blank values (one 500-character text 200,000 times), counting how many are read. */
function hugeValues() {
  const text = 'x'.repeat(500)
  const values: Record<string, string> = {}
  for (let i = 0; i < 200_000; i++) values[`k${i}`] = text
  let reads = 0
  const counted = new Proxy(values, {
    get(target, key) {
      reads++
      return Reflect.get(target, key)
    },
  })
  return { values: counted, reads: () => reads }
}

describe('an input past the payload budget', () => {
  it('is refused as too-large with what to do, after reading no more than the budget, and an honest call still works', async () => {
    const ctx = signedIn()
    const reply = await call(ctx, 'replies:create', { title: '发货', body: '亲，{{days}} 天内发货' })
    const id = (reply as { value: { id: string } }).value.id
    const huge = hugeValues()
    const answer = await call(ctx, 'replies:copy', { id, values: huge.values })
    expect(answer).toMatchObject({ ok: false, error: { code: 'too-large', params: { reason: 'payload', maxMb: PAYLOAD_BUDGET / 1024 / 1024 } } })
    expect((answer as { error: { message: string } }).error.message).toMatch(/send less at a time/)
    // The walk stopped once the budget was spent: about 16,000 of the 200,000 values.
    expect(huge.reads()).toBeLessThan(20_000)
    expect(await call(ctx, 'replies:copy', { id, values: { days: '3' } })).toMatchObject({ ok: true, value: { text: '亲，3 天内发货' } })
    ctx.close()
  })

  it('leaves room for the largest honest input: a reply file at its size limit', () => {
    const base64 = 'A'.repeat(Math.ceil(REPLY_IMPORT_MAX_BYTES / 3) * 4)
    expect(exceedsPayloadBudget({ fileName: '快捷短语.xlsx', data: base64, duplicates: 'skip' })).toBe(false)
    expect(exceedsPayloadBudget({ data: 'A'.repeat(PAYLOAD_BUDGET + 1) })).toBe(true)
  })

  it('counts what nests, repeats or loops without being fooled', () => {
    const loop: Record<string, unknown> = { text: 'x'.repeat(1000) }
    loop.self = loop
    expect(exceedsPayloadBudget(loop)).toBe(false)
    const chunk = 'y'.repeat(1024 * 1024)
    expect(exceedsPayloadBudget({ list: Array.from({ length: 9 }, () => chunk) })).toBe(true)
    expect(exceedsPayloadBudget({ map: new Map([['a', 'z'.repeat(PAYLOAD_BUDGET + 1)]]) })).toBe(true)
    expect(exceedsPayloadBudget({ bytes: new Uint8Array(PAYLOAD_BUDGET + 1) })).toBe(true)
  })
})

describe('the report preview', () => {
  it('sends each section a page at a time with its full row count, and any page on request', async () => {
    const ctx = signedIn()
    const rows = REPORT_PREVIEW_PAGE * 2 + 5
    for (let i = 0; i < rows; i++) {
      expect(await call(ctx, 'register:create', { entry: { kind: 'question', text: `客户问第${i}件什么时候发货`, answer: '今天16点前下单当天发', tags: ['发货'] } })).toMatchObject({ ok: true })
    }
    const now = ctx.services.clock.now()
    const period = { span: 'day', date: localDateKey(new Date(now)) }
    const preview = await call(ctx, 'report:preview', { period })
    const sections = (preview as { value: { sections: { id: string; rows: unknown[]; rowCount: number; page: number }[] } }).value.sections
    const questions = sections.find((s) => s.rowCount === rows)
    expect(questions).toBeDefined()
    expect(questions!.rows).toHaveLength(REPORT_PREVIEW_PAGE)
    expect(questions!.page).toBe(0)
    for (const section of sections) expect(section.rows.length).toBeLessThanOrEqual(REPORT_PREVIEW_PAGE)

    const last = await call(ctx, 'report:previewPage', { period, section: questions!.id, page: 2 })
    expect(last).toMatchObject({ ok: true, value: { id: questions!.id, page: 2, rowCount: rows } })
    expect((last as { value: { rows: unknown[] } }).value.rows).toHaveLength(5)
    expect(await call(ctx, 'report:previewPage', { period, section: questions!.id, page: 3 })).toMatchObject({ ok: true, value: { rows: [], rowCount: rows } })
    expect(await call(ctx, 'report:previewPage', { period, section: 'no-such-section', page: 0 })).toMatchObject({ ok: false, error: { code: 'not-found' } })
    ctx.close()
  })
})
