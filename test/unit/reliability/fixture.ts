// Helpers for the reliability tests: an agent with notes in a real data folder, and copies of
// that folder taken the way a power cut would leave it (database and log as they are on disk).
import { randomUUID } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { AppContext } from '../../../src/main/app-context'
import { DATABASE_FILE } from '../../../src/main/app-context'
import { openTestContext, testClock, type TestClock } from '../../helpers/app-context'

export type Agent = { ctx: AppContext; clock: TestClock; profileId: string }

export function openAgent(dir: string, clock: TestClock = testClock()): Agent {
  // Random ids: the test helper's counter restarts with every context, and these folders are reopened.
  const ctx = openTestContext(dir, { clock, newId: randomUUID })
  const existing = ctx.services.profiles.list()[0]
  const profileId = existing?.id ?? ctx.services.profiles.create({ displayName: '小美', agentId: 'KF017', chatAccounts: [], language: 'zh-CN' }).id
  ctx.services.session.switchTo(profileId)
  return { ctx, clock, profileId }
}

export function writeNotes(agent: Agent, texts: string[]): string[] {
  return texts.map((text) => agent.ctx.services.issueRegister.create({ kind: 'question', text, answer: '', tags: [] }).id)
}

export function noteTexts(agent: Agent): string[] {
  return (agent.ctx.services.db.prepare('SELECT text FROM register_entries ORDER BY created_at, text').pluck().all() as string[]).sort()
}

/** Copies the database and its -wal while a context keeps them open: what a power cut leaves. */
export function snapshotLive(fromDir: string, toDir: string): void {
  mkdirSync(toDir, { recursive: true })
  for (const suffix of ['', '-wal']) {
    const file = join(fromDir, `${DATABASE_FILE}${suffix}`)
    if (existsSync(file)) copyFileSync(file, join(toDir, `${DATABASE_FILE}${suffix}`))
  }
}

export function filesLike(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).filter((name) => pattern.test(name))
}
