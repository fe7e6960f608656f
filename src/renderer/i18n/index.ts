// i18next set up with both languages bundled (the app works offline); zh-CN is the default.
import i18n from 'i18next'
import { initReactI18next } from 'react-i18next'
import en from './en.json'
import zhCN from './zh-CN.json'
import type { Language } from '../../shared/contract'

export const resources = { 'zh-CN': { translation: zhCN }, en: { translation: en } } as const

export function initI18n(language: Language = 'zh-CN'): typeof i18n {
  if (!i18n.isInitialized) {
    void i18n.use(initReactI18next).init({
      resources,
      lng: language,
      fallbackLng: 'zh-CN',
      interpolation: { escapeValue: false },
      returnNull: false,
    })
  } else if (i18n.language !== language) {
    void i18n.changeLanguage(language)
  }
  return i18n
}

export { i18n }
