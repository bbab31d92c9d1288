/**
 * i18n
 * ====
 * i18next with our two message sets. The language comes from the URL (`lang=vi|en`), else the last
 * choice (localStorage), else the browser's language.
 */
import i18next, { type i18n } from 'i18next'
import { initReactI18next } from 'react-i18next'
import { isLanguage, type Language } from '../../core/index.ts'
import { en, vi } from './messages.ts'

// The two languages are the core's; re-exported for the interface's modules.
export { isLanguage, LANGUAGES, type Language } from '../../core/index.ts'
const STORAGE_KEY = 'heritage-routes.language'

/** The language to start with: URL, then saved choice, then the browser. */
export function initialLanguage(search: string): Language {
  const fromUrl = new URLSearchParams(search).get('lang')
  if (isLanguage(fromUrl)) return fromUrl
  try {
    const saved = globalThis.localStorage?.getItem(STORAGE_KEY)
    if (isLanguage(saved)) return saved
  } catch {
    /* storage may be blocked; fall through */
  }
  return globalThis.navigator?.language?.toLowerCase().startsWith('vi') ? 'vi' : 'en'
}

export function rememberLanguage(language: Language): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, language)
  } catch {
    /* not fatal */
  }
}

export function createI18n(language: Language): i18n {
  const instance = i18next.createInstance()
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    resources: { en: { translation: en }, vi: { translation: vi } },
    interpolation: { escapeValue: false },
    initAsync: false,
  })
  return instance
}
