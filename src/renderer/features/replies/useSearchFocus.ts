// Where the caret belongs in the replies panel: the search box, text selected, so the next typing
// searches again. It goes back there when a dialog or drawer of the panel closes, when the agent
// jumps to the panel (Alt+1, even from inside it), and on Ctrl+F or / (outside a text field).
import { useCallback, useEffect, useRef, useState } from 'react'
import { useNavigation } from '../shell/navigation-store'

/** True for an element that takes typing (where / is a character, not a command). */
function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || target.tagName === 'TEXTAREA' || (target.tagName === 'INPUT' && !['checkbox', 'radio', 'button'].includes((target as HTMLInputElement).type))
}

/** Answers the signal that ReplyFinder follows (`focusSignal`) and a way to send it; `overlayOpen` is any dialog or drawer of the panel. */
export function useSearchFocus(overlayOpen: boolean): { signal: number; refocus(): void } {
  const [signal, setSignal] = useState(0)
  const refocus = useCallback(() => setSignal((n) => n + 1), [])
  const arrivals = useNavigation((s) => s.arrivals)
  const firstArrivals = useRef(arrivals)
  const wasOpen = useRef(overlayOpen)

  useEffect(() => {
    if (wasOpen.current && !overlayOpen) refocus()
    wasOpen.current = overlayOpen
  }, [overlayOpen, refocus])

  useEffect(() => {
    if (arrivals !== firstArrivals.current) refocus()
  }, [arrivals, refocus])

  useEffect(() => {
    if (overlayOpen) return
    const onKey = (event: KeyboardEvent) => {
      const ctrlF = (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.code === 'KeyF'
      const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTextField(event.target)
      if (!ctrlF && !slash) return
      event.preventDefault()
      refocus()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [overlayOpen, refocus])

  return { signal, refocus }
}
