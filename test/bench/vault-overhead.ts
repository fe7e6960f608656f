// What a personal passphrase (issue 16, 1.2) costs an agent's everyday work: a register save and
// a reading of her register, through the real app context, for a profile whose private text is
// sealed with her own key beside a profile without one, in the same data folder and the same run.
// The two sides take turns, one save each, so a burst of outside load lands on both alike.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { dispatch } from '../../src/main/ipc/dispatch'
import { openTestContext } from '../helpers/app-context'
import { percentile, result, type BenchResult } from './results'

const WARM_UP = 50
const SAVES = 600
const READS = 60
const quiet = () => undefined

export async function vaultOverheadBench(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'shiftdesk-bench-vault-'))
  const ctx = openTestContext(dir, { atRestKdf: { N: 2 ** 10, r: 8, p: 1 } })
  try {
    const sealed = ctx.services.profiles.create({ displayName: '小美', agentId: 'KF017', chatAccounts: [], language: 'zh-CN' }).id
    const plain = ctx.services.profiles.create({ displayName: '阿强', agentId: 'KF020', chatAccounts: [], language: 'zh-CN' }).id
    ctx.services.session.switchTo(sealed)
    const set = await dispatch(ctx.handlers, 'profiles:setPassphrase', { passphrase: '夜班小美的口令是蓝色月亮' }, quiet)
    if (!set.ok) throw new Error(`setPassphrase: ${JSON.stringify(set)}`)

    const save = async (profileId: string, i: number): Promise<number> => {
      ctx.services.session.switchTo(profileId)
      const entry = { kind: 'followup' as const, text: `客户 tb_阿花${i} 问：订单 40123456789${i} 什么时候发货`, followUp: { customer: `阿花${i}`, orderNo: `40123456789${i}`, promised: `明天回电 1380013${String(i % 10_000).padStart(4, '0')}` } }
      const t0 = performance.now()
      const answer = await dispatch(ctx.handlers, 'register:create', { entry }, quiet)
      const ms = performance.now() - t0
      if (!answer.ok) throw new Error(`register:create: ${JSON.stringify(answer)}`)
      return ms
    }
    const read = async (profileId: string): Promise<number> => {
      ctx.services.session.switchTo(profileId)
      const t0 = performance.now()
      const answer = await dispatch(ctx.handlers, 'register:list', {}, quiet)
      const ms = performance.now() - t0
      if (!answer.ok) throw new Error(`register:list: ${JSON.stringify(answer)}`)
      return ms
    }

    for (let i = 0; i < WARM_UP; i++) {
      await save(sealed, i)
      await save(plain, i)
    }
    const saves = { sealed: [] as number[], plain: [] as number[] }
    for (let i = WARM_UP; i < WARM_UP + SAVES; i++) {
      saves.sealed.push(await save(sealed, i))
      saves.plain.push(await save(plain, i))
    }
    const reads = { sealed: [] as number[], plain: [] as number[] }
    for (let i = 0; i < READS; i++) {
      reads.sealed.push(await read(sealed))
      reads.plain.push(await read(plain))
    }
    const params = { saves: SAVES, warmUp: WARM_UP, reads: READS, rowsPerProfile: WARM_UP + SAVES }
    return [
      result({
        id: 'security.vault.register.save.p99',
        what: 'one register:create (a follow-up with customer, order and phone) for a profile with a personal passphrase (sealed), p99',
        unit: 'ms',
        value: percentile(saves.sealed, 99),
        baseline: { what: 'the same save for a profile without one, in turns in the same folder', value: percentile(saves.plain, 99) },
        params: { ...params, sealedP50: Number(percentile(saves.sealed, 50).toFixed(3)), plainP50: Number(percentile(saves.plain, 50).toFixed(3)) },
      }),
      result({
        id: 'security.vault.register.list.p95',
        what: 'register:list (first page of her register) for a profile with a personal passphrase (revealed on read), p95',
        unit: 'ms',
        value: percentile(reads.sealed, 95),
        baseline: { what: 'the same list for a profile without one', value: percentile(reads.plain, 95) },
        params,
      }),
    ]
  } finally {
    ctx.close()
    rmSync(dir, { recursive: true, force: true })
  }
}
