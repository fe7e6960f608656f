// Where the renderer is loaded from, and the test that an URL is ours: the built index.html
// file, or in development the Vite dev server's origin.
import { pathToFileURL } from 'node:url'

export type RendererLocation = { kind: 'file'; path: string } | { kind: 'url'; url: string }

export function isRendererUrl(location: RendererLocation, candidate: string): boolean {
  let url: URL
  try {
    url = new URL(candidate)
  } catch {
    return false
  }
  if (location.kind === 'file') {
    const own = pathToFileURL(location.path)
    return url.protocol === 'file:' && url.pathname === own.pathname
  }
  return url.origin === new URL(location.url).origin
}
