import { expect, it } from 'vitest'
import { isSafeExternalUrl } from '../../../src/main/external-url'
import { isRendererUrl } from '../../../src/main/renderer-location'

it('opens only https web pages outside the app', () => {
  expect(isSafeExternalUrl('https://www.10086.cn/')).toBe(true)
  for (const bad of ['http://www.10010.com', 'file:///etc/passwd', 'javascript:alert(1)', 'ms-settings:', 'smb://host/share', 'https://user:pw@example.com', 'not a url', '']) {
    expect(isSafeExternalUrl(bad)).toBe(false)
  }
})

it('recognises only our own renderer as in-app navigation', () => {
  const file = { kind: 'file' as const, path: '/app/out/renderer/index.html' }
  expect(isRendererUrl(file, 'file:///app/out/renderer/index.html#settings')).toBe(true)
  expect(isRendererUrl(file, 'file:///app/out/renderer/other.html')).toBe(false)
  expect(isRendererUrl(file, 'https://www.taobao.com/')).toBe(false)
  const dev = { kind: 'url' as const, url: 'http://localhost:5173/' }
  expect(isRendererUrl(dev, 'http://localhost:5173/index.html')).toBe(true)
  expect(isRendererUrl(dev, 'http://localhost:5174/')).toBe(false)
})
