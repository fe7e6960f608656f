// The process the kill test kills: the real app context (services, handler map, SQLite) on a
// data folder, saving issue-register entries through IPC dispatch as fast as it can, the way
// an agent's form would. An entry's id is written to stdout only after its save returned: that
// line is the acknowledgement the test holds the database to. stdout is a pipe, and writes to
// a pipe are synchronous in Node on Linux/macOS, so an acknowledged id has left this process
// before the next save starts.
import Conf from 'conf'
import { writeSync } from 'node:fs'
import { createAppContext } from '../../src/main/app-context'
import { dispatch } from '../../src/main/ipc/dispatch'
import type { KeyValueStoreClass } from '../../src/main/settings'
import type { EntryDraft } from '../../src/shared/ipc/register'
import { fakePorts } from '../helpers/fake-ports'

const [dataDir, run, withBackup] = process.argv.slice(2) as [string, string, string]
const say = (line: string) => writeSync(1, `${line}\n`)
const fail = (what: string, detail: unknown): never => {
  writeSync(2, `${what}: ${JSON.stringify(detail)}\n`)
  process.exit(2)
}

const ctx = createAppContext({ dataDir, Store: Conf as unknown as KeyValueStoreClass, version: 'kill-test', platform: 'kill-test', ports: fakePorts() })
const { profiles, session, backups } = ctx.services
const agent = profiles.list()[0] ?? profiles.create({ displayName: '小美', agentId: 'KF017', chatAccounts: [], language: 'zh-CN' })
session.switchTo(agent.id)
say('ready')
// Some runs are killed in the middle of a backup copy too.
if (withBackup === '1') void backups.backUpNow().catch((error: unknown) => fail('backup failed', String(error)))

function entry(n: number): EntryDraft {
  const text = `第${run}轮第${n}条：客户问今天下单什么时候发货，能不能发顺丰`
  return n % 5 === 4
    ? { kind: 'followup', text, followUp: { customer: `tb_客户${n}`, orderNo: `40123456789${run}${n}`, promised: '明天上午回电话', dueAt: Date.now() + 86_400_000 } }
    : { kind: 'question', text, answer: n % 2 === 0 ? '今天16点前下单当天发，可以补差价发顺丰' : '', tags: ['发货'] }
}

let n = 0
async function saveForever(): Promise<void> {
  for (;;) {
    const draft = entry(n)
    // Typing first lands in the form's draft; the save clears it in the same transaction.
    const typed = await dispatch(ctx.handlers, 'drafts:save', { form: 'register:new', payload: JSON.stringify(draft) }, fail)
    if (!typed.ok) fail('draft refused', typed.error)
    const saved = await dispatch(ctx.handlers, 'register:create', { entry: draft, draftForm: 'register:new' }, fail)
    if (!saved.ok) return fail('save refused', saved.error)
    say(`ack ${(saved.value as { id: string }).id}`)
    n++
    // Let the backup (and anything else queued) take its turn between saves.
    await new Promise((resolve) => setImmediate(resolve))
  }
}

void saveForever()
