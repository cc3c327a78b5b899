import { createI18n } from 'vue-i18n';
import zh from './zh-CN';
import en from './en';
import editorZh from './editor.zh-CN';
import editorEn from './editor.en';
import compareZh from './compare.zh-CN';
import compareEn from './compare.en';
import exportZh from './export.zh-CN';
import exportEn from './export.en';
import reviewZh from './review.zh-CN';
import reviewEn from './review.en';
import roundsZh from './rounds.zh-CN';
import roundsEn from './rounds.en';
import historyZh from './history.zh-CN';
import historyEn from './history.en';
import levelsZh from './levels.zh-CN';
import levelsEn from './levels.en';
import officeZh from './office.zh-CN';
import officeEn from './office.en';
import serverZh from './server.zh-CN';
import serverEn from './server.en';
import mergeZh from './merge.zh-CN';
import mergeEn from './merge.en';
import accountsZh from './accounts.zh-CN';
import accountsEn from './accounts.en';
import shareZh from './share.zh-CN';
import shareEn from './share.en';
import batchZh from './batch.zh-CN';
import batchEn from './batch.en';

export type Locale = 'zh-CN' | 'en';

/** All messages: the app's, the editor's, the compare view's, the export dialog's, review's, review rounds', history's, the import levels', the office server's login, the merge view's, the admin's account page and the batch import panel's (kept in their own files so each can change independently). */
export const messages = {
  'zh-CN': { ...zh, editor: editorZh, compare: compareZh, export: exportZh, review: reviewZh, rounds: roundsZh, history: historyZh, levels: levelsZh, office: officeZh, server: serverZh, merge: mergeZh, accounts: accountsZh, share: shareZh, batch: batchZh },
  en: { ...en, editor: editorEn, compare: compareEn, export: exportEn, review: reviewEn, rounds: roundsEn, history: historyEn, levels: levelsEn, office: officeEn, server: serverEn, merge: mergeEn, accounts: accountsEn, share: shareEn, batch: batchEn },
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
