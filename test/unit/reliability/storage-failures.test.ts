import Database from 'better-sqlite3-multiple-ciphers'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DATABASE_FILE, type AppServices } from '../../../src/main/app-context'
import { storageFailure } from '../../../src/main/db/storage-errors'
import { dispatch } from '../../../src/main/ipc/dispatch'
import { createHandlers } from '../../../src/main/ipc/handlers'
import { createRegisterServices } from '../../../src/main/services/register/register-services'
import { notebookIndex } from '../../../src/main/services/search/notebook-index'
import { SearchIndexService } from '../../../src/main/services/search/search-index'
import { useTempDir } from '../../helpers/temp-dir'
import { openAgent } from './fixture'

const tempDir = useTempDir('shiftdesk-storage-')
const quiet = () => undefined
const { SqliteError } = Database as unknown as { SqliteError: new (message: string, code: string) => Error }

const bigNote = { kind: 'question' as const, text: '客户问能不能开发票'.repeat(200), answer: '可以，下单时填写抬头和税号'.repeat(300), tags: [] }
const count = (s: AppServices, table: string) => s.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number

describe('a save that the disk refuses', () => {
  it('answers storage-failed/disk-full, writes nothing, and keeps the typed draft so the agent can save again', async () => {
    const agent = openAgent(tempDir())
    const s = agent.ctx.services
    const typed = JSON.stringify(bigNote)
    expect(await dispatch(agent.ctx.handlers, 'drafts:save', { form: 'register:new', payload: typed }, quiet)).toMatchObject({ ok: true })
    const before = { entries: count(s, 'register_entries'), docs: count(s, 'search_docs'), pages: s.db.pragma('page_count', { simple: true }) as number }
    // The file may not grow: exactly what a full disk means to SQLite.
    s.db.pragma(`max_page_count = ${before.pages}`)

    const answer = await dispatch(agent.ctx.handlers, 'register:create', { entry: bigNote, draftForm: 'register:new' }, quiet)
    expect(answer).toMatchObject({ ok: false, error: { code: 'storage-failed', params: { reason: 'disk-full', sqlite: 'SQLITE_FULL' } } })
    expect({ entries: count(s, 'register_entries'), docs: count(s, 'search_docs') }).toEqual({ entries: before.entries, docs: before.docs })
    expect(s.drafts.get('register:new')?.payload).toBe(typed)
    expect(s.db.pragma('integrity_check', { simple: true })).toBe('ok')

    // Space freed: the same save goes through and clears the draft.
    s.db.pragma('max_page_count = 1073741823')
    expect(await dispatch(agent.ctx.handlers, 'register:create', { entry: bigNote, draftForm: 'register:new' }, quiet)).toMatchObject({ ok: true })
    expect(count(s, 'register_entries')).toBe(before.entries + 1)
    expect(s.drafts.get('register:new')).toBeNull()
    agent.ctx.close()
  })

  it('answers storage-failed/read-only when the database can only be read, and the file is unchanged', async () => {
    const dir = tempDir()
    const agent = openAgent(dir)
    const readOnly = new Database(join(dir, DATABASE_FILE), { readonly: true })
    const s = agent.ctx.services
    const onReadOnly: AppServices = { ...s, db: readOnly, ...createRegisterServices({ db: readOnly, clock: s.clock, newId: () => 'ro-1', session: s.session, profiles: s.profiles, events: s.events, ports: s.ports, searchIndex: notebookIndex(new SearchIndexService(readOnly, s.session, s.vault), 'register'), vault: s.vault }) }
    const before = count(s, 'register_entries')

    const answer = await dispatch(createHandlers(onReadOnly), 'register:create', { entry: { kind: 'idea', text: '把常见问题做成快捷短语' } }, quiet)
    expect(answer).toMatchObject({ ok: false, error: { code: 'storage-failed', params: { reason: 'read-only' } } })
    expect(count(s, 'register_entries')).toBe(before)
    readOnly.close()
    agent.ctx.close()
  })
})

describe('storageFailure', () => {
  it('maps every SQLite storage code family to a reason the agent can act on', () => {
    const reasons = Object.fromEntries(
      ['SQLITE_FULL', 'SQLITE_READONLY', 'SQLITE_READONLY_DBMOVED', 'SQLITE_IOERR', 'SQLITE_IOERR_WRITE', 'SQLITE_IOERR_FSYNC', 'SQLITE_CANTOPEN', 'SQLITE_CORRUPT', 'SQLITE_NOTADB'].map((code) => [
        code,
        storageFailure(new SqliteError('x', code))?.params?.reason,
      ]),
    )
    expect(reasons).toEqual({
      SQLITE_FULL: 'disk-full',
      SQLITE_READONLY: 'read-only',
      SQLITE_READONLY_DBMOVED: 'read-only',
      SQLITE_IOERR: 'io',
      SQLITE_IOERR_WRITE: 'io',
      SQLITE_IOERR_FSYNC: 'io',
      SQLITE_CANTOPEN: 'io',
      SQLITE_CORRUPT: 'damaged',
      SQLITE_NOTADB: 'damaged',
    })
  })

  it('leaves other failures alone (constraints, programming errors, non-errors)', () => {
    expect(storageFailure(new SqliteError('UNIQUE constraint failed', 'SQLITE_CONSTRAINT_UNIQUE'))).toBeNull()
    expect(storageFailure(new TypeError('boom'))).toBeNull()
    expect(storageFailure(null)).toBeNull()
    expect(storageFailure('SQLITE_FULL')).toBeNull()
  })
})
