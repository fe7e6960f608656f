// One result in the reply list: number key (Ctrl+1…9), title, shortcut, where it is filed, and
// a line of the body, with the matched parts marked. Kept to plain elements: the list repaints
// on every keystroke.
import { memo, type CSSProperties } from 'react'
import { useTranslation } from 'react-i18next'
import type { Reply } from '../../../shared/ipc/replies'
import { highlightStoredReply } from '../../../shared/domain/replies/highlight'
import { HighlightedText } from '../../lib/HighlightedText'
import { excerpt } from './excerpt'

export const ROW_HEIGHT = 58

const styles = {
  row: { position: 'absolute', left: 0, right: 0, height: ROW_HEIGHT, padding: '7px 12px', cursor: 'pointer', borderBottom: '1px solid #f0f0f0', boxSizing: 'border-box' },
  selected: { background: '#e6f4ff', boxShadow: 'inset 3px 0 0 #1677ff' },
  line: { display: 'flex', alignItems: 'center', gap: 8, whiteSpace: 'nowrap', overflow: 'hidden' },
  key: { flex: 'none', width: 18, height: 18, lineHeight: '18px', textAlign: 'center', fontSize: 11, borderRadius: 4, background: '#f0f0f0', color: '#595959' },
  noKey: { flex: 'none', width: 18 },
  title: { fontWeight: 500, overflow: 'hidden', textOverflow: 'ellipsis' },
  shortcut: { flex: 'none', fontFamily: 'Consolas, Menlo, monospace', fontSize: 12, padding: '0 5px', border: '1px solid #d9d9d9', borderRadius: 4, color: '#1677ff' },
  meta: { flex: 'none', marginInlineStart: 'auto', fontSize: 12, color: '#8c8c8c' },
  body: { marginInlineStart: 26, marginTop: 3, fontSize: 13, color: '#595959', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' },
} satisfies Record<string, CSSProperties>

type Props = {
  reply: Reply
  query: string
  index: number
  top: number
  selected: boolean
  compact: boolean
  onSelect(index: number): void
  onCopy(index: number): void
}

export const ReplyRow = memo(function ReplyRow({ reply, query, index, top, selected, compact, onSelect, onCopy }: Props) {
  const { t } = useTranslation()
  const marks = highlightStoredReply(reply, query)
  const body = excerpt(reply.body.replace(/\s/g, ' '), marks.body) // one space per break keeps the offsets
  const where = reply.group ? `${reply.category || t('replies.uncategorised')} · ${reply.group}` : reply.category
  return (
    <div
      id={`reply-option-${reply.id}`}
      role="option"
      aria-selected={selected}
      aria-label={reply.title}
      data-testid="reply-row"
      style={{ ...styles.row, ...(selected ? styles.selected : null), transform: `translateY(${top}px)` }}
      onMouseDown={(event) => event.preventDefault() /* keep the caret in the search box */}
      onClick={() => onSelect(index)}
      onDoubleClick={() => onCopy(index)}
    >
      <div style={styles.line}>
        {index < 9 ? <span style={styles.key} title={t('replies.copyNth', { n: index + 1 })}>{index + 1}</span> : <span style={styles.noKey} />}
        <span style={styles.title}>
          <HighlightedText text={reply.title} ranges={marks.title} />
        </span>
        {reply.shortcut && <span style={styles.shortcut}>{reply.shortcut}</span>}
        <span style={styles.meta}>
          {!compact && where}
          {!compact && (reply.shared ? '' : ` · ${t('replies.personal')}`)}
          {reply.uses > 0 && ` · ${t('replies.usedTimes', { count: reply.uses })}`}
        </span>
      </div>
      <div style={styles.body}>
        <HighlightedText text={body.text} ranges={body.ranges} />
      </div>
    </div>
  )
})
