// Mounted once in the main window: once the first screen is shown and the app is idle, renders
// the stats screen's antd component types once, hidden, so their styles are ready before the
// agent first opens the section (see StatsStyleSamples). The samples stay mounted: antd drops a type's styles when
// its last instance unmounts.
import { startTransition, useEffect, useState, type ComponentType } from 'react'
import { afterFirstScreen } from '../../lib/first-screen'

export function StatsStyleWarmup() {
  const [Samples, setSamples] = useState<ComponentType | null>(null)
  useEffect(() => {
    if (!('requestIdleCallback' in window)) return
    let cancelled = false
    let idle: number | null = null
    void afterFirstScreen().then(() => {
      if (cancelled) return
      idle = window.requestIdleCallback(
        () =>
          void import('./StatsStyleSamples').then((module) => {
            if (!cancelled) startTransition(() => setSamples(() => module.default))
          }),
        { timeout: 5000 },
      )
    })
    return () => {
      cancelled = true
      if (idle !== null) window.cancelIdleCallback(idle)
    }
  }, [])
  return Samples ? <Samples /> : null
}
