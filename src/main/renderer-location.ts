// Where the renderer is loaded from, and the test that an URL is ours: the built renderer served
// from ShiftDesk's own app:// protocol (so file:// pages need no extra privileges; see the fuses
// in electron-builder.yml), or in development the Vite dev server's origin.
import { resolve, sep } from 'node:path'

export const APP_SCHEME = 'app'
export const APP_HOST = 'shiftdesk'
const APP_PAGE = '/index.html'

/** `root` is the folder of the built renderer (out/renderer). */
export type RendererLocation = { kind: 'app'; root: string } | { kind: 'url'; url: string }

/** The address a window loads: the renderer's page, at `hash` when given (a compact window's view). */
export function rendererUrl(location: RendererLocation, hash?: string): string {
  const page = location.kind === 'url' ? location.url : `${APP_SCHEME}://${APP_HOST}${APP_PAGE}`
  return hash === undefined ? page : `${page}#${hash}`
}

function parse(candidate: string): URL | null {
  try {
    return new URL(candidate)
  } catch {
    return null
  }
}

export function isRendererUrl(location: RendererLocation, candidate: string): boolean {
  const url = parse(candidate)
  if (!url) return false
  // app: is not a special scheme to the URL parser, so its origin is "null": compare the parts.
  if (location.kind === 'app') return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.pathname === APP_PAGE
  return url.origin === new URL(location.url).origin
}

/** The file inside `root` that an app:// request names, or null for anything else (other hosts, paths leaving root). */
export function rendererFile(root: string, requestUrl: string): string | null {
  const url = parse(requestUrl)
  if (!url || url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null
  let path: string
  try {
    path = decodeURIComponent(url.pathname)
  } catch {
    return null
  }
  const base = resolve(root)
  const file = resolve(base, `.${path}`)
  return file.startsWith(base + sep) ? file : null
}
