// The result list, virtualised: only the rows in view exist in the page, so 10,000 replies
// scroll and filter as smoothly as 40.
import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useRef, type CSSProperties } from 'react'
import type { Reply } from '../../../shared/ipc/replies'
import { ReplyRow, ROW_HEIGHT } from './ReplyRow'

type Props = {
  replies: readonly Reply[]
  query: string
  selected: number
  compact: boolean
  label: string
  onSelect(index: number): void
  onCopy(index: number): void
}

const scroller: CSSProperties = { height: '100%', overflowY: 'auto', position: 'relative', outline: 'none' }

export function ReplyList({ replies, query, selected, compact, label, onSelect, onCopy }: Props) {
  const ref = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({
    count: replies.length,
    getScrollElement: () => ref.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
    getItemKey: (index) => replies[index]!.id,
    // Until the first measurement (and in tests without layout) assume a typical list height.
    initialRect: { width: 600, height: 560 },
  })

  useEffect(() => {
    if (selected >= 0 && selected < replies.length) virtualizer.scrollToIndex(selected, { align: 'auto' })
  }, [selected, replies, virtualizer])

  return (
    <div ref={ref} style={scroller} id="reply-results" role="listbox" aria-label={label} data-testid="reply-list">
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => (
          <ReplyRow
            key={item.key}
            reply={replies[item.index]!}
            query={query}
            index={item.index}
            top={item.start}
            selected={item.index === selected}
            compact={compact}
            onSelect={onSelect}
            onCopy={onCopy}
          />
        ))}
      </div>
    </div>
  )
}
