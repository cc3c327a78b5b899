import { createI18n } from 'vue-i18n';
import zh from './zh-CN';
import en from './en';
import editorZh from './editor.zh-CN';
import editorEn from './editor.en';
import compareZh from './compare.zh-CN';
import compareEn from './compare.en';

export type Locale = 'zh-CN' | 'en';

/** All messages: the app's, the editor's and the compare view's (kept in their own files so each can change independently). */
export const messages = {
  'zh-CN': { ...zh, editor: editorZh, compare: compareZh },
  en: { ...en, editor: editorEn, compare: compareEn },
};

export function initialLocale(): Locale {
  try {
    return (localStorage.getItem('locale') as Locale | null) ?? 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

export function makeI18n(locale: Locale = initialLocale()) {
  return createI18n({ legacy: false, locale, fallbackLocale: 'zh-CN', messages });
}
