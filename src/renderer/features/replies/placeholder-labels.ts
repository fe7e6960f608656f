// What each placeholder key is called on screen; a shop's own key ({{赠品}}) is shown as written.
import type { TFunction } from 'i18next'
import { KNOWN_PLACEHOLDERS } from '../../../shared/domain/placeholders'

export function placeholderLabel(key: string, t: TFunction): string {
  return (KNOWN_PLACEHOLDERS as readonly string[]).includes(key) ? t(`replies.placeholders.${key}`) : key
}
