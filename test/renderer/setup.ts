// Renderer test setup: DOM matchers, a clean DOM between tests, both languages' strings, and the
// browser APIs antd expects that happy-dom lacks.
import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'
import { initI18n } from '../../src/renderer/i18n'
import en from '../../src/renderer/i18n/en.json'

afterEach(() => cleanup())

if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({ matches: false, media: query, onchange: null, addListener: () => undefined, removeListener: () => undefined, addEventListener: () => undefined, removeEventListener: () => undefined, dispatchEvent: () => false }) as MediaQueryList
}

// The app fetches its English strings when an agent picks English (a chunk of their own); tests
// switch languages synchronously, so both are in from the start here.
initI18n('zh-CN').addResourceBundle('en', 'translation', en)
