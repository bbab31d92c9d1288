/**
 * Typed message keys: `t('route.title')` is checked against the English messages, so a key that does
 * not exist (or a typo) fails the type check instead of showing the raw key on screen.
 */
import 'i18next'
import type { Messages } from './messages.ts'

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation'
    resources: { translation: Messages }
  }
}
