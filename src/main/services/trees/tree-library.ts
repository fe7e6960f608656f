// The shop's decision trees, shared by every profile on this PC. Every save is checked with
// validateTree here (the renderer's check is for the editor's comfort, not for safety) and
// stored as a new version; old versions stay so that logged runs keep their labels.
import { writeFile } from 'node:fs/promises'
import { DeskError } from '../../../shared/contract'
import { isUsableTreeHotkey, treeHotkeyKey, validateTree, type Tree } from '../../../shared/domain'
import type { TreeErrorReason, TreeImportResult, TreeProblem, TreeSaveResult, TreeSummary, TreeVersionInfo } from '../../../shared/ipc/trees'
import type { Db } from '../../db/connection'
import type { SaveDialogPort } from '../../ports'
import type { Clock } from '../clock'
import type { EventHub } from '../events'
import { MAX_TREE_VERSION } from '../../../shared/domain/trees/schema'
import { DEFAULT_TREES } from './default-trees'
import { TreeRepository, type CurrentRow, type SaveStamp } from './tree-repository'

type Deps = {
  db: Db
  clock: Clock
  events: EventHub
  dialog: SaveDialogPort
  /** Who is saving: their profile id (null with nobody signed in) and their name as the version history shows it. */
  author(): { id: string | null; name: string }
}

const SEEDED_KEY = 'defaults-seeded'

export class TreeLibrary {
  // Versions never change once stored, so a parsed version can be kept for good.
  private readonly parsed = new Map<string, Tree>()
  /** The trees' rows; their write seam is where a sync layer listens. */
  readonly rows: TreeRepository

  constructor(private readonly deps: Deps) {
    this.rows = new TreeRepository(deps.db)
  }

  /** Stores the default trees on the first start only: a later start never writes over a shop's edits. */
  seedDefaults(): void {
    if (this.rows.isSeeded(SEEDED_KEY)) return
    this.rows.transaction(() => {
      for (const input of DEFAULT_TREES) {
        const checked = validateTree(input)
        if (!checked.ok) throw new Error(`Default tree is invalid: ${JSON.stringify(checked.errors.slice(0, 3))}`)
        if (!this.rows.currentRow(checked.tree.id)) this.write(checked.tree, checked.tree.version, { id: null, name: '' })
      }
      this.rows.markSeeded(SEEDED_KEY, this.deps.clock.now())
    })
  }

  list(): TreeSummary[] {
    return this.rows.current().map((row) => this.summary(row))
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
    const json = this.rows.versionJson(id, version)
    if (json === undefined) throw notFound(id, version)
    return this.parse(id, version, json)
  }

  versions(id: string): TreeVersionInfo[] {
    if (!this.currentRow(id)) throw notFound(id)
    return this.rows.versions(id)
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
        throw new DeskError('conflict', `Tree ${tree.id} was saved elsewhere (version ${existing.version}).`, { name: existing.title, reason: 'stale-version' satisfies TreeErrorReason, version: existing.version })
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
      const version = this.nextVersion(checked.tree, existing)
      return { ok: true, tree: summaryOf({ ...checked.tree, version }, this.deps.clock.now(), this.deps.author().name), replaces, saved: false }
    }
    return { ok: true, tree: this.store(checked.tree, existing), replaces, saved: true }
  }

  /** Makes an earlier version the newest again (its content, under a new version number). */
  restoreVersion(id: string, version: number): TreeSummary {
    const existing = this.currentRow(id)
    if (!existing) throw notFound(id)
    return this.store(this.version(id, version), existing)
  }

  /** Trees sync wrote (a new version from the team, or a removal): lists and open editors reload. */
  syncArrived(ids: readonly string[]): void {
    for (const id of ids) {
      const version = this.rows.pointedVersion(id)
      if (version !== undefined) this.deps.events.emit('trees:changed', { id, version })
    }
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
    const version = this.nextVersion(tree, existing)
    if (version > MAX_TREE_VERSION) {
      throw new DeskError('too-large', `Tree ${tree.id} has reached ${MAX_TREE_VERSION} versions; import it under a new id to go on editing.`, { reason: 'tree-versions' satisfies TreeErrorReason, name: tree.title })
    }
    this.write(tree, version, this.deps.author())
    this.deps.events.emit('trees:changed', { id: tree.id, version })
    return this.summary(this.currentRow(tree.id)!)
  }

  /** After the current version; a tree removed on another PC of the team comes back after its last version; a new one keeps its file's. */
  private nextVersion(tree: Tree, existing: CurrentRow | undefined): number {
    const latest = existing?.version ?? this.rows.latestVersion(tree.id)
    return latest === undefined ? tree.version : latest + 1
  }

  private write(tree: Tree, version: number, author: { id: string | null; name: string }): void {
    const stored: Tree = { ...tree, version }
    const stamp: SaveStamp = { by: author.id, name: author.name, at: this.deps.clock.now() }
    this.rows.writeVersion(tree.id, version, tree.title, JSON.stringify(stored), stamp)
  }

  private currentRow(id: string): CurrentRow | undefined {
    return this.rows.currentRow(id)
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

/** The version is left out, not zeroed: a version that came from the team has it last, not where a saved file has it. */
function sameContent(a: Tree, b: Tree): boolean {
  const content = ({ version: _version, ...rest }: Tree) => JSON.stringify(rest)
  return content(a) === content(b)
}

function notFound(id: string, version?: number): DeskError {
  return new DeskError('not-found', version === undefined ? `No tree ${id}.` : `No version ${version} of tree ${id}.`, { reason: 'tree-not-found' satisfies TreeErrorReason })
}
