// The quick-reply search index lives HERE, in the renderer, not in main. Every keystroke must
// reach a painted result list within one frame (16 ms) at 10,000 replies: an IPC round trip
// per keystroke (serialising hits back, waking main while it may be writing) spends a good
// part of that budget before any searching, and the index itself answers in well under a
// millisecond (bench: replies.search.*). Main sends the rows once, pinyin precomputed
// (replies:list), and a `replies:changed` event when they change; usage updates arrive with
// the event so a copy does not reload everything.
//
// One index per scope (tab and sub-group), built when the scope is first shown, so typing in
// a tab searches only that tab and ranks by the tab's own order (常用: this week's uses).
import { buildReplyIndexFromStored, type ReplyDoc, type ReplyIndex } from '../../../shared/domain/replies/reply-index'
import type { Reply } from '../../../shared/ipc/replies'

export const ALL_TAB = 'all'
export const FREQUENT_TAB = 'frequent'
/** How many hits a query shows: more than anyone scrolls, few enough to stay fast. */
export const RESULT_LIMIT = 200

/** `tab`: ALL_TAB, FREQUENT_TAB or a category name ('' = no category); `group`: '' for the whole tab. */
export type ReplyScope = { tab: string; group: string }

type Prepared = { index: ReplyIndex; byUse: Reply[] }

function inScope(reply: Reply, scope: ReplyScope): boolean {
  if (scope.tab === FREQUENT_TAB) return reply.weekUses > 0
  if (scope.tab !== ALL_TAB && reply.category !== scope.tab) return false
  return scope.group === '' || reply.group === scope.group
}

/** Most used first, then most recent, then the library's own order (stable sort). */
function byUse(replies: Reply[], uses: (r: Reply) => number): Reply[] {
  return [...replies].sort((a, b) => uses(b) - uses(a) || (b.lastUsedAt ?? 0) - (a.lastUsedAt ?? 0))
}

export class ReplySearch {
  private readonly prepared = new Map<string, Prepared>()
  private readonly byId: Map<string, Reply>

  constructor(private readonly replies: readonly Reply[]) {
    this.byId = new Map(replies.map((r) => [r.id, r]))
  }

  /** Builds the scope's index now (call when a scope is shown, before the agent types). */
  prepare(scope: ReplyScope): Prepared {
    const key = `${scope.tab}\u0000${scope.group}`
    let prepared = this.prepared.get(key)
    if (!prepared) {
      const members = this.replies.filter((r) => inScope(r, scope))
      const uses = scope.tab === FREQUENT_TAB ? (r: Reply) => r.weekUses : (r: Reply) => r.uses
      const docs: (ReplyDoc & { titlePinyin: string })[] = members.map((r) => ({
        id: r.id,
        title: r.title,
        body: r.body,
        shortcut: r.shortcut,
        category: r.category,
        uses: uses(r),
        lastUsedAt: r.lastUsedAt ?? 0,
        titlePinyin: r.titlePinyin,
      }))
      prepared = { index: buildReplyIndexFromStored(docs), byUse: byUse(members, uses) }
      this.prepared.set(key, prepared)
    }
    return prepared
  }

  /** The scope's replies matching `query`, best first; an empty query lists the scope by use. */
  find(scope: ReplyScope, query: string, limit = RESULT_LIMIT): Reply[] {
    const { index, byUse: all } = this.prepare(scope)
    if (query.trim() === '') return all
    return index.search(query, limit).map((hit) => this.byId.get(hit.id)!)
  }
}

/**
 * The search over `replies` ranked by their own usage, built once per list: the index of a scope
 * takes tens of milliseconds at 10,000 replies, and the panel asks again each time the agent comes
 * back to it (Alt+1) with the same list in the store.
 */
const searches = new WeakMap<readonly Reply[], ReplySearch>()

export function searchOf(replies: readonly Reply[]): ReplySearch {
  let search = searches.get(replies)
  if (!search) {
    search = new ReplySearch(replies)
    searches.set(replies, search)
  }
  return search
}
