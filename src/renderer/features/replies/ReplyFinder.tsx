// Find a reply in one keystroke, copy it in two: the search box (focused on open), the
// category tabs and the result list. Keys: Up/Down choose, Enter copies (Shift+Enter copies
// and returns to the chat client), Ctrl+1…9 copy the first nine, Esc clears the search.
// Used by the replies panel and, compact, by the quick-search window.
import { Input, Typography, type InputRef } from 'antd'
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Reply } from '../../../shared/ipc/replies'
import { categoriesOf } from './categories'
import { ReplyList } from './ReplyList'
import { ALL_TAB, FREQUENT_TAB, ReplySearch, searchOf, type ReplyScope } from './reply-search'
import { useReplies } from './replies-store'
import { ScopeBar } from './ScopeBar'

type Props = {
  compact: boolean
  /** Copies a reply (through the fill-in form when it has blanks). */
  onCopy(reply: Reply, hide: boolean): void
  /** Esc on an empty search box (the quick-search window hides). */
  onEscapeEmpty?(): void
  /** Buttons beside the search box. */
  toolbar?: ReactNode
  /** Right of the list in the full panel: the chosen reply, the draft check. */
  renderAside?(selected: Reply | null, query: string): ReactNode
  /** Beside the tabs (rename a category…), for the scope shown. */
  renderScopeExtra?(scope: ReplyScope): ReactNode
  /** Changing it puts the caret back into the search box with the text selected (window shown again). */
  focusSignal?: number
  /** A reply just saved: the search makes way for it (全部, no query) and selects it once it is listed. */
  reveal?: { id: string } | null
}

const ALL: ReplyScope = { tab: ALL_TAB, group: '' }

/** The replies searched with their usage as of `ranked` (the list at the last ranking moment); the same list is searched as it is. */
function rankedSearch(replies: readonly Reply[], ranked: readonly Reply[]): ReplySearch {
  if (ranked === replies) return searchOf(replies)
  const usage = new Map(ranked.map((r) => [r.id, { uses: r.uses, weekUses: r.weekUses, lastUsedAt: r.lastUsedAt }]))
  return new ReplySearch(replies.map((r) => ({ ...r, ...(usage.get(r.id) ?? {}) })))
}

export function ReplyFinder({ compact, onCopy, onEscapeEmpty, toolbar, renderAside, renderScopeExtra, focusSignal = 0, reveal = null }: Props) {
  const { t } = useTranslation()
  const replies = useReplies((s) => s.replies)
  const [query, setQuery] = useState('')
  const [chosenScope, setScope] = useState<ReplyScope>(ALL)
  const [selected, setSelected] = useState(0)
  const input = useRef<InputRef>(null)
  const listArea = useRef<HTMLDivElement>(null)

  const categories = useMemo(() => categoriesOf(replies), [replies])
  // A category renamed away (or emptied) falls back to 全部 instead of an empty tab.
  const scope = compact || chosenScope.tab === ALL_TAB || chosenScope.tab === FREQUENT_TAB || categories.includes(chosenScope.tab) ? chosenScope : ALL
  const shownScope = compact ? ALL : scope
  // Ranking by use is taken when the agent searches, changes tab or comes back to the panel;
  // between those moments a copy updates the counts shown but not the order.
  const rankMoment = `${query}\u0000${shownScope.tab}\u0000${shownScope.group}\u0000${focusSignal}`
  // Copying must not move the Ctrl+1…9 targets under the agent's hand: the usage ranked by is the list's as of that moment.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- frozen on purpose until the next ranking moment
  const ranked = useMemo(() => replies, [rankMoment, replies.length])
  const search = useMemo(() => rankedSearch(replies, ranked), [replies, ranked])
  const live = useMemo(() => new Map(replies.map((r) => [r.id, r])), [replies])
  // An empty search lists the scope, which builds its index: ready before the first keystroke.
  const results = useMemo(() => search.find(shownScope, query).map((r) => live.get(r.id) ?? r), [search, shownScope, query, live])
  const matching = useMemo(() => (compact || query.trim() === '' ? replies : search.find(ALL, query, replies.length)), [compact, query, replies, search])
  const current = results[Math.min(selected, results.length - 1)] ?? null
  // Kept stable across keystrokes so the memoised tab bar does not repaint while typing.
  const scopeExtra = useMemo(() => renderScopeExtra?.(scope), [renderScopeExtra, scope])

  useEffect(() => {
    input.current?.focus({ cursor: 'all' })
  }, [focusSignal])

  // A newly saved reply may not match the search in the box: make way for it, then select it.
  const [revealing, setRevealing] = useState<string | null>(null)
  useEffect(() => {
    if (!reveal) return
    setQuery('')
    setScope(ALL)
    setRevealing(reveal.id)
  }, [reveal])
  useEffect(() => {
    if (revealing === null) return
    const at = results.findIndex((r) => r.id === revealing)
    if (at < 0) return
    setSelected(at)
    setRevealing(null)
  }, [results, revealing])

  const changeScope = useCallback((next: ReplyScope) => {
    setScope(next)
    setSelected(0)
    input.current?.focus()
  }, [])

  const copyAt = useCallback(
    (index: number, hide = compact) => {
      const reply = results[index]
      if (reply) onCopy(reply, hide)
    },
    [compact, onCopy, results],
  )

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as Node
    const inFinder = target === input.current?.input || listArea.current?.contains(target)
    if (!inFinder) return
    const last = results.length - 1
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      const step = event.key === 'ArrowDown' ? 1 : -1
      setSelected((s) => Math.max(0, Math.min(last, Math.min(s, last) + step)))
    } else if (event.key === 'PageDown' || event.key === 'PageUp') {
      event.preventDefault()
      setSelected((s) => Math.max(0, Math.min(last, s + (event.key === 'PageDown' ? 8 : -8))))
    } else if (event.key === 'Enter' && !event.ctrlKey && !event.altKey) {
      event.preventDefault()
      if (current) onCopy(current, compact || event.shiftKey)
    } else if (event.ctrlKey && !event.altKey && /^Digit[1-9]$/.test(event.code)) {
      event.preventDefault()
      copyAt(Number(event.code.slice(5)) - 1)
    } else if (event.key === 'Escape') {
      event.preventDefault()
      if (query !== '') {
        setQuery('')
        setSelected(0)
      } else onEscapeEmpty?.()
    }
  }

  const placeholder = compact ? t('replies.searchPlaceholderShort') : t('replies.searchPlaceholder')
  return (
    <div onKeyDown={onKeyDown} style={{ display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0 }}>
      <div style={{ display: 'flex', gap: 8, alignItems: 'center', marginBottom: compact ? 8 : 4 }}>
        <Input
          ref={input}
          autoFocus
          size="large"
          allowClear
          placeholder={placeholder}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value)
            setSelected(0)
          }}
          role="combobox"
          aria-label={t('replies.searchLabel')}
          aria-expanded
          aria-controls="reply-results"
          aria-activedescendant={current ? `reply-option-${current.id}` : undefined}
          data-testid="reply-search"
          style={{ flex: 1 }}
        />
        {toolbar}
      </div>
      {!compact && <ScopeBar replies={replies} matching={matching} scope={scope} onChange={changeScope} extra={scopeExtra} />}
      <div style={{ display: 'flex', gap: 16, flex: 1, minHeight: 0 }}>
        <div style={{ flex: 1, minWidth: 0, display: 'flex', flexDirection: 'column' }}>
          <div ref={listArea} style={{ flex: 1, minHeight: 0, border: '1px solid #f0f0f0', borderRadius: 8, background: '#fff' }}>
            {results.length === 0 ? (
              <Typography.Paragraph type="secondary" style={{ padding: 24, textAlign: 'center', margin: 0 }} data-testid="reply-empty">
                {query ? t('replies.noMatch', { query }) : scope.tab === FREQUENT_TAB ? t('replies.noFrequent') : t('replies.emptyTab')}
              </Typography.Paragraph>
            ) : (
              <ReplyList
                replies={results}
                query={query}
                selected={Math.min(selected, results.length - 1)}
                compact={compact}
                label={t('replies.resultsLabel')}
                onSelect={setSelected}
                onCopy={(i) => copyAt(i)}
              />
            )}
          </div>
          {/* One line: a wrapped key hint pushes the list up every time the window narrows. */}
          <Typography.Text type="secondary" ellipsis={{ tooltip: true }} style={{ fontSize: 12, marginTop: 6 }}>
            {compact ? t('replies.keysCompact') : t('replies.keys')}
          </Typography.Text>
        </div>
        {renderAside && <div style={{ width: 420, flex: 'none', display: 'flex', flexDirection: 'column', gap: 12, minHeight: 0, overflowY: 'auto' }}>{renderAside(current, query)}</div>}
      </div>
    </div>
  )
}
