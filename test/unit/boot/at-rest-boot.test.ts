// The built main process turns encryption at rest on by itself where the OS keystore is real, and
// leaves the data plaintext where it is not (Linux's basic_text, or none). Boots the BUILT bundle
// on the fake Electron, whose safeStorage stand-in seals with a key of the "OS account"
// ($FAKE_OS_ACCOUNT). Needs `npm run build` first.
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createKeyring } from '../../../src/main/services/at-rest/keyring'
import { PASSPHRASE_HOLDER } from '../../../src/main/services/at-rest/startup-passphrase'
import { useTempDir } from '../../helpers/temp-dir'

const ROOT = resolve(__dirname, '../../..')
const MAIN_BUNDLE = join(ROOT, 'out/main/index.js')
const tempDir = useTempDir()
const PASSPHRASE = '夜班小美的口令是蓝色月亮'

type Record = { errors: { title: string; body: string }[]; exitCode: number | null; atRestStatus?: unknown; windows: unknown[]; startupBefore?: unknown; callBeforeUnlock?: unknown; databaseBeforeUnlock?: string; unlockAnswer?: unknown }

function boot(dataDir: string, env: NodeJS.ProcessEnv): Record {
  expect(existsSync(MAIN_BUNDLE), 'run `npm run build` before the boot test').toBe(true)
  const report = join(tempDir(), 'report.json')
  const { FAKE_KEYSTORE_BACKEND: _backend, FAKE_OS_ACCOUNT: _account, ...inherited } = process.env
  const child = spawnSync(process.execPath, [join(ROOT, 'test/helpers/boot-main.cjs')], {
    env: { ...inherited, SHIFTDESK_DATA_DIR: dataDir, MAIN_BUNDLE, FAKE_ELECTRON_REPORT: report, ...env },
    encoding: 'utf8',
    timeout: 20_000,
  })
  expect(child.status, child.stderr).toBe(0)
  return JSON.parse(readFileSync(report, 'utf8')) as Record
}

const database = (dir: string) => readFileSync(join(dir, 'shiftdesk.db'))
/** boot-main.cjs creates the profile 小美; its name is the marker. */
const holdsMarker = (dir: string) => database(dir).includes(Buffer.from('小美', 'utf8'))

describe.runIf(process.platform === 'linux')('encryption at rest in the built app', () => {
  it('with a real keystore (libsecret), makes the key, keeps the database encrypted, and reopens it on the next start', () => {
    const dir = tempDir()
    const env = { FAKE_KEYSTORE_BACKEND: 'gnome_libsecret', FAKE_OS_ACCOUNT: 'xiaomei' }
    const first = boot(dir, env)
    expect(first.errors).toEqual([])
    expect(first.atRestStatus).toEqual({ state: 'on', keptBy: 'os-keystore' })
    expect(existsSync(join(dir, 'keyring.json'))).toBe(true)
    expect(database(dir).toString('latin1', 0, 15)).not.toBe('SQLite format 3')
    expect(holdsMarker(dir)).toBe(false)

    const next = boot(dir, env)
    expect(next.errors).toEqual([])
    expect(next.windows).toHaveLength(1)
    expect(next.atRestStatus).toEqual({ state: 'on', keptBy: 'os-keystore' })
  })

  it('with a start-up passphrase (no keystore), serves only the unlock screen and leaves the database untouched until it is typed, then encrypts and opens it', async () => {
    const dir = tempDir()
    expect(boot(dir, {}).atRestStatus).toEqual({ state: 'off', reason: 'no-keystore' })
    await createKeyring(dir, PASSPHRASE_HOLDER, PASSPHRASE, null, { N: 2 ** 12, r: 8, p: 1 })
    const before = createHash('sha256').update(database(dir)).digest('hex')
    const r = boot(dir, { UNLOCK_PASSPHRASE: PASSPHRASE })
    expect(r.errors).toEqual([])
    expect(r.startupBefore).toEqual({ state: 'locked', attemptsLeft: 5, lockedUntil: null, language: 'zh-CN' })
    expect(r.callBeforeUnlock).toMatchObject({ ok: false, error: { code: 'locked', params: { reason: 'startup-locked' } } })
    expect(r.databaseBeforeUnlock).toBe(before)
    expect(r.unlockAnswer).toMatchObject({ ok: true })
    expect(r.atRestStatus).toEqual({ state: 'on', keptBy: 'passphrase' })
    expect(database(dir).toString('latin1', 0, 15)).not.toBe('SQLite format 3')
    expect(holdsMarker(dir)).toBe(false)
  })

  it.each(['basic_text', 'none'])('with keystore backend %s, stays plaintext as before and says so', (backend) => {
    const dir = tempDir()
    const r = boot(dir, backend === 'none' ? {} : { FAKE_KEYSTORE_BACKEND: backend })
    expect(r.errors).toEqual([])
    expect(r.atRestStatus).toEqual({ state: 'off', reason: 'no-keystore' })
    expect(existsSync(join(dir, 'keyring.json'))).toBe(false)
    expect(database(dir).toString('latin1', 0, 15)).toBe('SQLite format 3')
    expect(holdsMarker(dir)).toBe(true)
  })

  it('stops with a Chinese explanation, and changes nothing, when another OS account starts it', () => {
    const dir = tempDir()
    boot(dir, { FAKE_KEYSTORE_BACKEND: 'gnome_libsecret', FAKE_OS_ACCOUNT: 'xiaomei' })
    const before = database(dir)
    const r = boot(dir, { FAKE_KEYSTORE_BACKEND: 'gnome_libsecret', FAKE_OS_ACCOUNT: 'someone-else' })
    expect(r.exitCode).toBe(1)
    expect(r.windows).toEqual([])
    expect(r.errors[0]?.title).toBe('数据已加密，本机打不开')
    expect(database(dir).equals(before)).toBe(true)
  })
})
