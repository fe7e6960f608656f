// A view whose code is a chunk of its own, so the first screen loads only what it shows.
// Not React.lazy + Suspense: React holds back revealing a suspended boundary for about 300 ms
// after its fallback shows, even when the chunk is already there. Chunks are fetched and
// evaluated while the app is idle (`preloadWhenIdle`), and a view whose chunk is in renders at once.
import { useEffect, useState, type ComponentType, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { errorMessage } from './errors'
import { afterFirstScreen } from './first-screen'

export type LazyView<P extends object> = { View: ComponentType<P>; preload(): Promise<ComponentType<P>> }

/** A chunk fetched on the first ask and kept: `loaded()` has it at once after that; a failed fetch is tried again by the next ask. */
export function loadOnce<T>(load: () => Promise<T>): { get: () => Promise<T>; loaded: () => T | null } {
  let loaded: T | null = null
  let loading: Promise<T> | null = null
  const get = () => {
    loading ??= load().then(
      (value) => (loaded = value),
      (error: unknown) => {
        loading = null
        throw error
      },
    )
    return loading
  }
  return { get, loaded: () => loaded }
}

export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>, placeholder: ReactNode = null): LazyView<P> {
  const chunk = loadOnce(load)
  const preload = chunk.get
  function View(props: P) {
    const { t } = useTranslation()
    const [Component, setComponent] = useState<ComponentType<P> | null>(chunk.loaded)
    const [failure, setFailure] = useState<string | null>(null)
    useEffect(() => {
      if (Component) return
      let live = true
      preload().then(
        (component) => live && setComponent(() => component),
        (error: unknown) => live && setFailure(errorMessage(error, t)),
      )
      return () => {
        live = false
      }
    }, [Component, t])
    if (Component) return <Component {...props} />
    if (failure) return <div role="alert">{failure}</div>
    return placeholder
  }
  return { View, preload }
}

/** True from the first render at which `flag` is true on: a dialog stays mounted to animate its close. */
export function useOnceTrue(flag: boolean): boolean {
  const [seen, setSeen] = useState(flag)
  if (flag && !seen) setSeen(true)
  return seen || flag
}

/** Fetches the views' chunks one after another once the first screen is shown and the app is idle, so opening one never waits. */
export function preloadWhenIdle(views: readonly { preload(): Promise<unknown> }[]): void {
  const run = () => views.reduce<Promise<unknown>>((chain, v) => chain.then(() => v.preload().catch(() => undefined)), Promise.resolve())
  void afterFirstScreen().then(() => {
    if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(() => void run(), { timeout: 3000 })
    else window.setTimeout(() => void run(), 500)
  })
}
