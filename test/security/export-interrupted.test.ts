// An agent starts an export and walks away with the save dialog open; the PC locks, or the next
// agent signs in. Whatever the dialog answers afterwards must not write anyone's data.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { dispatch } from '../../src/main/ipc/dispatch'
import type { AppContext } from '../../src/main/app-context'
import { openTestContext, testClock } from '../helpers/app-context'
import { fakePorts } from '../helpers/fake-ports'
import { useTempDir } from '../helpers/temp-dir'
import { localDateKey } from '../../src/shared/domain/shifts/shift-time'

const tempDir = useTempDir()
const quiet = () => undefined

/** A save dialog that stays open until the test answers it, and says when it has opened. */
function heldDialog() {
  let answer: (path: string | null) => void = () => undefined
  let opened: () => void = () => undefined
  const shown = new Promise<void>((resolve) => (opened = resolve))
  const ports = fakePorts()
  ports.dialog.chooseSavePath = ({ defaultName }) => {
    ports.dialog.requests.push(defaultName)
    opened()
    return new Promise((resolve) => (answer = resolve))
  }
  return { ports, shown, answer: (path: string | null) => answer(path) }
}

function twoAgents(dialog: ReturnType<typeof heldDialog>): { ctx: AppContext; mei: string; qiang: string } {
  const clock = testClock()
  const ctx = openTestContext(tempDir(), { clock, ports: dialog.ports })
  const mei = ctx.services.profiles.create({ displayName: '小美', agentId: '', chatAccounts: [], language: 'zh-CN' }).id
  const qiang = ctx.services.profiles.create({ displayName: '阿强', agentId: '', chatAccounts: [], language: 'zh-CN' }).id
  ctx.services.session.switchTo(mei)
  return { ctx, mei, qiang }
}

const period = (now: number) => ({ span: 'day', date: localDateKey(new Date(now)) })

describe('an export whose save dialog outlives the session', () => {
  it('is refused when the PC locked while the dialog was open, and writes nothing', async () => {
    const dialog = heldDialog()
    const { ctx } = twoAgents(dialog)
    const target = join(tempDir(), 'report.csv')
    const exporting = dispatch(ctx.handlers, 'report:export', { period: period(ctx.services.clock.now()), format: 'csv' }, quiet)
    await dialog.shown
    ctx.services.session.lock('idle')
    dialog.answer(target)
    expect(await exporting).toMatchObject({ ok: false, error: { code: 'locked', params: { reason: 'session-changed' } } })
    expect(existsSync(target)).toBe(false)
    ctx.close()
  })

  it("is refused when another agent signed in meanwhile, so nobody's data lands under the other's name", async () => {
    const dialog = heldDialog()
    const { ctx, qiang } = twoAgents(dialog)
    const target = join(tempDir(), 'tree.json')
    const tree = ctx.services.orderTrees.list()[0]!
    const exporting = dispatch(ctx.handlers, 'trees:export', { id: tree.id }, quiet)
    await dialog.shown
    ctx.services.session.switchTo(qiang)
    dialog.answer(target)
    expect(await exporting).toMatchObject({ ok: false, error: { code: 'locked' } })
    expect(existsSync(target)).toBe(false)
    ctx.close()
  })

  it('still saves when nothing happened while the dialog was open', async () => {
    const dialog = heldDialog()
    const { ctx } = twoAgents(dialog)
    const target = join(tempDir(), 'report.csv')
    const exporting = dispatch(ctx.handlers, 'report:export', { period: period(ctx.services.clock.now()), format: 'csv' }, quiet)
    await dialog.shown
    dialog.answer(target)
    expect(await exporting).toMatchObject({ ok: true, value: { status: 'saved', path: target } })
    expect(existsSync(target)).toBe(true)
    ctx.close()
  })
})
