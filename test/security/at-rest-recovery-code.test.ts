// The recovery code (issue 16): the shop key is sealed only by the OS keystore, so after an OS
// reinstall, a keystore reset or a move to a new PC the agent needs another way in. A folder is
// protected on "PC A" (its keystore stand-in), a code is made through Settings' channel, and the
// folder is opened on "PC B", whose keystore cannot open A's seal: with recovery-code.txt holding
// the right code it opens with every row, the file is gone and the next start needs no code; with
// a wrong one start-up stops and nothing changes.
import { randomBytes } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { AppContext } from '../../src/main/app-context'
import { KEYRING_FILE, readKeyring, type KeyStorePort } from '../../src/main/services/at-rest/keyring'
import { openShopKey } from '../../src/main/services/at-rest/keystore-key'
import { RECOVERY_CODE_FILE } from '../../src/main/services/at-rest/recovery-code'
import { startupErrorText } from '../../src/main/startup-messages'
import { DeskError, type DeskErrorBody } from '../../src/shared/contract'
import { keystoreOf, signInMei, startWithKeystore } from '../helpers/keystore-stand-in'
import { useTempDir } from '../helpers/temp-dir'

const tempDir = useTempDir()


const entryTexts = (ctx: AppContext) => ctx.services.db.prepare('SELECT text FROM register_entries ORDER BY text').pluck().all() as string[]

async function refusalBody(dir: string, keystore: KeyStorePort | null): Promise<DeskErrorBody | null> {
  try {
    await openShopKey(dir, keystore)
  } catch (error) {
    if (error instanceof DeskError) return error.toBody()
    throw error
  }
  return null
}

const refusalOf = async (dir: string, keystore: KeyStorePort | null) => (await refusalBody(dir, keystore))?.params?.reason ?? 'opened'

/** Every file of the folder, by name, so a refused start can be shown to have changed none. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>()
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name)
      if (statSync(path).isDirectory()) walk(path)
      else files.set(path, readFileSync(path).toString('base64'))
    }
  }
  walk(dir)
  return files
}

/** PC A: protection on, 30 notes and a backup, and a recovery code made in Settings. */
async function protectedOnPcA(dir: string, codes = 1): Promise<string[]> {
  const ctx = await startWithKeystore(dir, keystoreOf(randomBytes(32)))
  signInMei(ctx)
  for (let i = 0; i < 30; i++) ctx.services.issueRegister.create({ kind: 'question', text: `顾客阿花的备注 第${String(i).padStart(2, '0')}条` })
  await ctx.services.backups.backUpNow()
  const made: string[] = []
  for (let i = 0; i < codes; i++) made.push((await ctx.handlers['atRest:createRecoveryCode']({})).code)
  ctx.close()
  return made
}

describe('the at-rest recovery code', () => {
  it('opens the folder on a PC whose keystore cannot, with every row and its backup, seals the key for that PC and wipes the file', async () => {
    const dir = tempDir()
    const [code] = await protectedOnPcA(dir)
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){4}$/)
    // Never kept in the clear: not in any file of the folder, grouped or not.
    const plain = code!.replace(/-/g, '')
    for (const content of snapshot(dir).values()) {
      const bytes = Buffer.from(content, 'base64')
      expect(bytes.includes(Buffer.from(plain))).toBe(false)
      expect(bytes.includes(Buffer.from(code!))).toBe(false)
    }

    const pcB = keystoreOf(randomBytes(32))
    // The refusal the agent sees tells them where to put the code, in Chinese and in English.
    const refused = (await refusalBody(dir, pcB))!
    expect(refused.params?.reason).toBe('keyring-keystore-refused')
    expect(startupErrorText(refused, 'zh-CN').body).toContain(`新建文本文件 ${join(dir, RECOVERY_CODE_FILE)}，把纸上的恢复码写进去`)
    expect(startupErrorText(refused, 'en').body).toContain(`create the text file ${join(dir, RECOVERY_CODE_FILE)} in the data folder`)
    // Typed as an agent might copy it from paper: lower case, spaces instead of dashes, a newline.
    writeFileSync(join(dir, RECOVERY_CODE_FILE), `${code!.toLowerCase().replace(/-/g, ' ')}\n`)
    const recovered = await startWithKeystore(dir, pcB)
    signInMei(recovered)
    const texts = entryTexts(recovered)
    expect(texts).toHaveLength(30)
    expect(texts[0]).toBe('顾客阿花的备注 第00条')
    expect(texts[29]).toBe('顾客阿花的备注 第29条')
    expect(await recovered.handlers['atRest:status']({})).toEqual({ state: 'on', keptBy: 'os-keystore' })
    // The backup made on PC A opens too, with every row.
    const backups = recovered.services.backups.status().backups
    expect(backups).toHaveLength(1)
    const backedUp = recovered.services.backups.inspect(backups[0]!.name).tables.find((t) => t.table === 'register_entries')
    expect(backedUp?.rows).toBe(30)
    recovered.close()
    expect(existsSync(join(dir, RECOVERY_CODE_FILE))).toBe(false)

    // The next start on PC B needs no code, and the paper code still works after that.
    const next = await startWithKeystore(dir, pcB)
    signInMei(next)
    expect(entryTexts(next)).toHaveLength(30)
    next.close()
    expect(readKeyring(dir)!.secrets).toHaveProperty('recovery')
  })

  it('with a wrong code, or an older code that a new one replaced, stops start-up and changes nothing', async () => {
    const dir = tempDir()
    const [older, newer] = await protectedOnPcA(dir, 2)
    expect(newer).not.toBe(older)
    const pcB = keystoreOf(randomBytes(32))
    for (const wrong of [older!, 'AAAAA-BBBBB-CCCCC-DDDDD-EEEEE']) {
      writeFileSync(join(dir, RECOVERY_CODE_FILE), wrong)
      const before = snapshot(dir)
      const refused = (await refusalBody(dir, pcB))!
      expect(refused.params?.reason).toBe('recovery-code-wrong')
      expect(startupErrorText(refused, 'zh-CN').title).toBe('恢复码不对')
      expect(snapshot(dir)).toEqual(before)
    }
    // The right code still works after the refusals.
    writeFileSync(join(dir, RECOVERY_CODE_FILE), newer!)
    const ctx = await startWithKeystore(dir, pcB)
    signInMei(ctx)
    expect(entryTexts(ctx)).toHaveLength(30)
    ctx.close()
  })

  it('refuses a code file for a folder that never had a code, or on a PC without a keystore, changing nothing', async () => {
    const dir = tempDir()
    await protectedOnPcA(dir, 0)
    writeFileSync(join(dir, RECOVERY_CODE_FILE), 'AAAAA-BBBBB-CCCCC-DDDDD-EEEEE')
    const before = snapshot(dir)
    expect(await refusalOf(dir, keystoreOf(randomBytes(32)))).toBe('recovery-code-none')
    expect(await refusalOf(dir, null)).toBe('recovery-needs-keystore')
    expect(snapshot(dir)).toEqual(before)
  })

  it('is refused in Settings while the data is plaintext: there is no key to recover', async () => {
    const dir = tempDir()
    const ctx = await startWithKeystore(dir, null)
    signInMei(ctx)
    await expect(ctx.handlers['atRest:createRecoveryCode']({})).rejects.toMatchObject({ code: 'conflict', params: { reason: 'at-rest-off' } })
    ctx.close()
    expect(existsSync(join(dir, KEYRING_FILE))).toBe(false)
  })

  it("is the PC owner's to make: another agent at the PC is refused and the keyring is untouched", async () => {
    const dir = tempDir()
    const ctx = await startWithKeystore(dir, keystoreOf(randomBytes(32)))
    signInMei(ctx)
    const colleague = ctx.services.profiles.create({ displayName: '阿强', agentId: 'KF018', chatAccounts: [], language: 'zh-CN' })
    ctx.services.session.switchTo(colleague.id)
    const before = readFileSync(join(dir, KEYRING_FILE), 'utf8')
    // The policy check refuses before the handler runs (it throws rather than answering a promise).
    await expect(Promise.resolve().then(() => ctx.handlers['atRest:createRecoveryCode']({}))).rejects.toMatchObject({ code: 'forbidden', params: { reason: 'pc-owner-only' } })
    expect(readFileSync(join(dir, KEYRING_FILE), 'utf8')).toBe(before)
    ctx.close()
  })
})
