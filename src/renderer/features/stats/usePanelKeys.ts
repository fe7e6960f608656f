// Single-key tallying while the stats panel has focus: 1-5 count a customer, Ctrl+Z takes the
// last one back, R opens the lost-deal reason picker for the last customer (when offered). Keys typed into a text field (the customer box, a pasted transcript, the
// settings) are left alone, and Alt/Ctrl combinations belong to the app shell.
import { useCallback, type KeyboardEvent } from 'react'
import type { TallyOutcome } from '../../../shared/domain/stats'
import { outcomeForKey } from './outcomes'

const TYPING = 'input:not([type=radio]):not([type=checkbox]), textarea, select, [contenteditable=""], [contenteditable="true"]'

export function isTypingTarget(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest(TYPING) !== null
}

export function usePanelKeys(onTally: (outcome: TallyOutcome) => void, onUndo: () => void, onReason?: () => void) {
  return useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (event.defaultPrevented || isTypingTarget(event.target)) return
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'z') {
        event.preventDefault()
        onUndo()
        return
      }
      if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return
      if (onReason && event.code === 'KeyR' && !event.shiftKey) {
        event.preventDefault()
        onReason()
        return
      }
      const digit = event.code.startsWith('Digit') || event.code.startsWith('Numpad') ? event.code.slice(-1) : event.key
      const outcome = outcomeForKey(digit)
      if (!outcome) return
      event.preventDefault()
      onTally(outcome)
    },
    [onTally, onUndo, onReason],
  )
}
