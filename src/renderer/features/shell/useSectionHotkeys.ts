// Alt+digit switches sections from anywhere in the window, so the mouse is never needed.
import { useEffect } from 'react'
import { sectionForHotkey } from './sections'
import { useNavigation } from './navigation-store'

export function useSectionHotkeys(): void {
  const go = useNavigation((s) => s.go)
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey) return
      const section = sectionForHotkey(event.code.startsWith('Digit') ? event.code.slice(5) : event.key)
      if (!section) return
      event.preventDefault()
      go(section)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [go])
}
