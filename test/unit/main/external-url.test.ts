import { expect, it } from 'vitest'
import { isSafeExternalUrl } from '../../../src/main/external-url'
import { isRendererUrl, rendererFile, rendererUrl } from '../../../src/main/renderer-location'

it('opens only https web pages outside the app', () => {
  expect(isSafeExternalUrl('https://www.10086.cn/')).toBe(true)
  for (const bad of ['http://www.10010.com', 'file:///etc/passwd', 'javascript:alert(1)', 'ms-settings:', 'smb://host/share', 'https://user:pw@example.com', 'not a url', '']) {
    expect(isSafeExternalUrl(bad)).toBe(false)
  }
})

it('recognises only our own renderer as in-app navigation', () => {
  const app = { kind: 'app' as const, root: '/app/out/renderer' }
  expect(rendererUrl(app, 'capture')).toBe('app://shiftdesk/index.html#capture')
  expect(isRendererUrl(app, 'app://shiftdesk/index.html#settings')).toBe(true)
  expect(isRendererUrl(app, 'app://shiftdesk/other.html')).toBe(false)
  expect(isRendererUrl(app, 'app://elsewhere/index.html')).toBe(false)
  // Other custom schemes share the opaque origin "null" with app: they must not pass.
  expect(isRendererUrl(app, 'evil://shiftdesk/index.html')).toBe(false)
  expect(isRendererUrl(app, 'file:///app/out/renderer/index.html')).toBe(false)
  expect(isRendererUrl(app, 'https://www.taobao.com/')).toBe(false)
  const dev = { kind: 'url' as const, url: 'http://localhost:5173/' }
  expect(isRendererUrl(dev, 'http://localhost:5173/index.html')).toBe(true)
  expect(isRendererUrl(dev, 'http://localhost:5174/')).toBe(false)
})

it('serves only files inside the built renderer folder on app://', () => {
  const root = '/app/out/renderer'
  expect(rendererFile(root, 'app://shiftdesk/index.html')).toBe('/app/out/renderer/index.html')
  expect(rendererFile(root, 'app://shiftdesk/assets/app-1.js?v=2#x')).toBe('/app/out/renderer/assets/app-1.js')
  // Dot segments, even percent-encoded, are folded by the URL parser before the path is read.
  expect(rendererFile(root, 'app://shiftdesk/%2e%2e/%2e%2e/package.json')).toBe('/app/out/renderer/package.json')
  for (const outside of ['app://shiftdesk/..%2f..%2fmain/index.js', 'app://shiftdesk/%2e%2e%2fmain%2findex.js', 'app://shiftdesk/%E0%A4%A', 'app://other/index.html', 'file:///etc/passwd', 'app://shiftdesk/']) {
    expect(rendererFile(root, outside), outside).toBeNull()
  }
})
