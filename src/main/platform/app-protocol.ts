// Serves the built renderer from app://shiftdesk/ instead of file://. A file:// page needs the
// fuse that gives file pages more power than a web page (reading any local file); a page on a
// privileged custom scheme behaves like an https site and can read only what this handler gives.
import { protocol } from 'electron'
import { readFile } from 'node:fs/promises'
import { extname } from 'node:path'
import { APP_SCHEME, rendererFile } from '../renderer-location'

const CONTENT_TYPES: { readonly [ext: string]: string } = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
}

/** Must run before the app is ready: the scheme is standard (relative URLs, 'self' in the CSP) and secure. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }])
}

export function serveRenderer(root: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = rendererFile(root, request.url)
    const type = file ? CONTENT_TYPES[extname(file).toLowerCase()] : undefined
    if (!file || !type) return new Response('Not found', { status: 404 })
    try {
      return new Response(await readFile(file), { headers: { 'content-type': type } })
    } catch {
      return new Response('Not found', { status: 404 })
    }
  })
}
