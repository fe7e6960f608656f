// The shop's decision trees, shared by every profile on this PC. Every save is checked with
// validateTree here (the renderer's check is for the editor's comfort, not for safety) and
// stored as a new version; old versions stay so that logged runs keep their labels.
import { writeFile } from 'node:fs/promises'
import { DeskError } from '../../../shared/contract'
import { isUsableTreeHotkey, treeHotkeyKey, validateTree, type Tree } from '../../../shared/domain'
import type { TreeImportResult, TreeProblem, TreeSaveResult, TreeSummary, TreeVersionInfo } from '../../../shared/ipc/trees'
import type { Db } from '../../db/connection'
import type { SaveDialogPort } from '../../ports'
import type { Clock } from '../clock'
import type { EventHub } from '../events'
import { MAX_TREE_VERSION } from '../../../shared/domain/trees/schema'
import { DEFAULT_TREES } from './default-trees'

type Deps = {
  db: Db
  clock: Clock
  events: EventHub
  dialog: SaveDialogPort
  /** Who is saving, as the version history shows it; null with nobody signed in. */
  author(): string
}

type CurrentRow = { id: string; version: number; position: number; updated_at: number; title: string; json: string; saved_by: string }

const SEEDED_KEY = 'defaults-seeded'

export class TreeLibrary {
  // Versions never change once stored, so a parsed version can be kept for good.
  private readonly parsed = new Map<string, Tree>()

  constructor(private readonly deps: Deps) {}

  /** Stores the default trees on the first start only: a later start never writes over a shop's edits. */
  seedDefaults(): void {
    const { db } = this.deps
    if (db.prepare('SELECT 1 FROM trees_meta WHERE key = ?').get(SEEDED_KEY)) return
    db.transaction(() => {
      for (const input of DEFAULT_TREES) {
        const checked = validateTree(input)
        if (!checked.ok) throw new Error(`Default tree is invalid: ${JSON.stringify(checked.errors.slice(0, 3))}`)
        if (!this.currentRow(checked.tree.id)) this.write(checked.tree, checked.tree.version, '')
      }
      db.prepare('INSERT INTO trees_meta (key, value) VALUES (?, ?)').run(SEEDED_KEY, String(this.deps.clock.now()))
    })()
  }

  list(): TreeSummary[] {
    const rows = this.deps.db.prepare(`${CURRENT} ORDER BY t.position, t.id`).all() as CurrentRow[]
    return rows.map((row) => this.summary(row))
  }

  /** The current version, or `version` of it. */
  get(id: string, version?: number): Tree {
    if (version === undefined) {
      const row = this.currentRow(id)
      if (!row) throw notFound(id)
      return this.parse(id, row.version, row.json)
    }
    return this.version(id, version)
  }

  /** A stored version, current or not: what a logged run walked. */
  version(id: string, version: number): Tree {
    const cached = this.parsed.get(`${id}@${version}`)
    if (cached) return cached
    const row = this.deps.db.prepare('SELECT json FROM tree_versions WHERE tree_id = ? AND version = ?').get(id, version) as { json: string } | undefined
    if (!row) throw notFound(id, version)
    return this.parse(id, version, row.json)
  }

  versions(id: string): TreeVersionInfo[] {
    if (!this.currentRow(id)) throw notFound(id)
    const rows = this.deps.db
      .prepare('SELECT version, title, saved_at AS savedAt, saved_by AS savedBy FROM tree_versions WHERE tree_id = ? ORDER BY version DESC')
      .all(id) as TreeVersionInfo[]
    return rows
  }

  /** The editor's save. `baseVersion` null: a new tree, whose id must be free. */
  save(text: string, baseVersion: number | null): TreeSaveResult {
    const checked = this.check(text)
    if (!checked.ok) return checked
    const { tree } = checked
    const existing = this.currentRow(tree.id)
    if (baseVersion === null && existing) return { ok: false, errors: [{ code: 'id-taken', detail: existing.title }] }
    if (baseVersion !== null) {
      if (!existing) throw notFound(tree.id)
      if (existing.version !== baseVersion) {
        throw new DeskError('conflict', `Tree ${tree.id} was saved elsewhere (version ${existing.version}).`, { name: existing.title, reason: 'stale-version', version: existing.version })
      }
    }
    return { ok: true, tree: this.store(tree, existing) }
  }

  /** A tree file: refused whole on any error; a file with an existing id becomes that tree's next version. */
  import(text: string, dryRun: boolean): TreeImportResult {
    const checked = this.check(text)
    if (!checked.ok) return checked
    const existing = this.currentRow(checked.tree.id)
    const replaces = existing ? this.summary(existing) : null
    if (dryRun) {
      const version = existing ? existing.version + 1 : checked.tree.version
      return { ok: true, tree: summaryOf({ ...checked.tree, version }, this.deps.clock.now(), this.deps.author()), replaces, saved: false }
    }
    return { ok: true, tree: this.store(checked.tree, existing), replaces, saved: true }
  }

  /** Makes an earlier version the newest again (its content, under a new version number). */
  restoreVersion(id: string, version: number): TreeSummary {
    const existing = this.currentRow(id)
    if (!existing) throw notFound(id)
    return this.store(this.version(id, version), existing)
  }

  async export(id: string): Promise<{ fileName: string; savedTo: string | null }> {
    const tree = this.get(id)
    const fileName = `${tree.id}.json`
    const path = await this.deps.dialog.chooseSavePath({ defaultName: fileName, filters: [{ name: 'JSON', extensions: ['json'] }] })
    if (path === null) return { fileName, savedTo: null }
    await writeFile(path, `${JSON.stringify(tree, null, 2)}\n`, 'utf8')
    return { fileName, savedTo: path }
  }

  /** Parses and validates; hotkeys are checked here too (validateTree knows nothing of the app's keys). */
  private check(text: string): { ok: true; tree: Tree } | { ok: false; errors: TreeProblem[] } {
    let input: unknown
    try {
      input = JSON.parse(text)
    } catch (error) {
      return { ok: false, errors: [{ code: 'invalid-json', detail: error instanceof Error ? error.message.slice(0, 200) : 'JSON' }] }
    }
    const checked = validateTree(input)
    if (!checked.ok) return { ok: false, errors: checked.errors }
    const hotkey = this.hotkeyProblem(checked.tree)
    return hotkey ? { ok: false, errors: [hotkey] } : checked
  }

  private hotkeyProblem(tree: Tree): TreeProblem | null {
    if (tree.hotkey === undefined) return null
    if (!isUsableTreeHotkey(tree.hotkey)) return { code: 'invalid-hotkey', detail: tree.hotkey }
    const key = treeHotkeyKey(tree.hotkey)
    const taken = this.list().find((other) => other.id !== tree.id && other.hotkey !== '' && treeHotkeyKey(other.hotkey) === key)
    return taken ? { code: 'duplicate-hotkey', detail: taken.title } : null
  }

  /** Writes `tree` as the next version of `existing` (or new); an unchanged tree writes nothing. */
  private store(tree: Tree, existing: CurrentRow | undefined): TreeSummary {
    if (existing && sameContent(this.parse(existing.id, existing.version, existing.json), tree)) return this.summary(existing)
    const version = existing ? existing.version + 1 : tree.version
    if (version > MAX_TREE_VERSION) {
      throw new DeskError('too-large', `Tree ${tree.id} has reached ${MAX_TREE_VERSION} versions; import it under a new id to go on editing.`, { reason: 'tree-versions', name: tree.title })
    }
    this.deps.db.transaction(() => this.write(tree, version, this.deps.author()))()
    this.deps.events.emit('trees:changed', { id: tree.id, version })
    return this.summary(this.currentRow(tree.id)!)
  }

  private write(tree: Tree, version: number, author: string): void {
    const { db } = this.deps
    const now = this.deps.clock.now()
    const stored: Tree = { ...tree, version }
    db.prepare('INSERT INTO tree_versions (tree_id, version, title, json, saved_at, saved_by) VALUES (?, ?, ?, ?, ?, ?)').run(
      tree.id,
      version,
      tree.title,
      JSON.stringify(stored),
      now,
      author,
    )
    const moved = db.prepare('UPDATE trees SET version = ?, updated_at = ? WHERE id = ?').run(version, now, tree.id)
    if (moved.changes === 0) {
      const { next } = db.prepare('SELECT coalesce(max(position), -1) + 1 AS next FROM trees').get() as { next: number }
      db.prepare('INSERT INTO trees (id, version, position, updated_at) VALUES (?, ?, ?, ?)').run(tree.id, version, next, now)
    }
  }

  private currentRow(id: string): CurrentRow | undefined {
    return this.deps.db.prepare(`${CURRENT} WHERE t.id = ?`).get(id) as CurrentRow | undefined
  }

  private summary(row: CurrentRow): TreeSummary {
    return summaryOf(this.parse(row.id, row.version, row.json), row.updated_at, row.saved_by)
  }

  private parse(id: string, version: number, json: string): Tree {
    const key = `${id}@${version}`
    let tree = this.parsed.get(key)
    if (!tree) {
      // Stored versions passed validateTree when saved; parsing them again would only cost time.
      tree = JSON.parse(json) as Tree
      this.parsed.set(key, tree)
    }
    return tree
  }
}

const CURRENT = `SELECT t.id, t.version, t.position, t.updated_at, v.title, v.json, v.saved_by
  FROM trees t JOIN tree_versions v ON v.tree_id = t.id AND v.version = t.version`

function summaryOf(tree: Tree, updatedAt: number, updatedBy: string): TreeSummary {
  return {
    id: tree.id,
    version: tree.version,
    title: tree.title,
    description: tree.description,
    hotkey: tree.hotkey ?? '',
    nodeCount: tree.nodes.length,
    updatedAt,
    updatedBy,
  }
}

function sameContent(a: Tree, b: Tree): boolean {
  return JSON.stringify({ ...a, version: 0 }) === JSON.stringify({ ...b, version: 0 })
}

function notFound(id: string, version?: number): DeskError {
  return new DeskError('not-found', version === undefined ? `No tree ${id}.` : `No version ${version} of tree ${id}.`, { reason: 'tree-not-found' })
}
