// i18next with zh-CN, the default, in the first screen's code and English as a chunk of its own
// (about 20 KiB gzip that most agents never use), fetched from the app's own files (it works offline)
// when an agent's language is English.
import i18n from 'i18next'
import { initReactI18next } from 'react-i18next'
import zhCN from './zh-CN.json'
import type { Language } from '../../shared/contract'

const loaders: Record<Exclude<Language, 'zh-CN'>, () => Promise<{ default: Record<string, unknown> }>> = {
  en: () => import('./en.json'),
}

/** Switches to `language`, fetching its strings first when they are not in yet; resolves once they are in use. */
export function switchLanguage(language: Language): Promise<void> {
  const switchTo = async () => {
    if (i18n.language !== language) await i18n.changeLanguage(language)
  }
  // At once (before React renders next) when the strings are in.
  if (language === 'zh-CN' || i18n.hasResourceBundle(language, 'translation')) return switchTo()
  return loaders[language]().then(({ default: strings }) => {
    i18n.addResourceBundle(language, 'translation', strings)
    return switchTo()
  })
}

/** Sets up i18next on the first call and switches to `language` (see switchLanguage). */
export function initI18n(language: Language = 'zh-CN'): typeof i18n {
  if (!i18n.isInitialized) {
    // Synchronous with the bundled zh-CN strings (no backend), so the first render has its text.
    void i18n.use(initReactI18next).init({
      resources: { 'zh-CN': { translation: zhCN } },
      lng: 'zh-CN',
      fallbackLng: 'zh-CN',
      interpolation: { escapeValue: false },
      returnNull: false,
    })
  }
  void switchLanguage(language)
  return i18n
}

export { i18n }
