import type { Locale, Msg } from '../engine/types';

export type LocaleSetting = 'auto' | 'fa' | 'en';

/** `auto` follows the editor's display language: Persian for fa, fa-IR, …; English otherwise. */
export function resolveLocale(setting: LocaleSetting, clientLocale: string | undefined): Locale {
  if (setting === 'fa' || setting === 'en') return setting;
  return clientLocale?.toLowerCase().startsWith('fa') ? 'fa' : 'en';
}

export function t(msg: Msg, locale: Locale): string {
  return msg[locale] || msg.fa;
}

/**
 * Persian digits, without toLocaleString: its first call loads ICU's locale data (about 75 ms),
 * which would land on the path of a document's first diagnostics.
 */
export function faDigits(n: number): string {
  return String(n).replace(/[0-9]/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]);
}

/** The server's own strings (the rules carry theirs). */
export const M = {
  tooLarge: (kb: number, max: number): Msg => ({
    fa: `این پرونده (${kb} کیلوبایت) از سقف بررسی (${max} کیلوبایت، تنظیم persianQA.maxFileSizeKB) بزرگ‌تر است و بررسی نشد.`,
    en: `This file (${kb} KB) is larger than the lint limit (${max} KB, setting persianQA.maxFileSizeKB) and was not checked.`,
  }),
  fixAllOfRule: (rule: string): Msg => ({
    fa: `رفع همهٔ اشکال‌های «${rule}» در این پرونده`,
    en: `Fix all «${rule}» problems in this document`,
  }),
  capped: (uri: string, shown: number, total: number): Msg => ({
    fa: `${uri}: ${faDigits(shown)} اشکال از ${faDigits(total)} اشکال نشان داده شد (سقف persianQA.maxProblems). «رفع همه» همهٔ ${faDigits(total)} اشکال را رفع می‌کند.`,
    en: `${uri}: showing ${shown} of ${total} findings (limit persianQA.maxProblems). "Fix all" still fixes all ${total}.`,
  }),
  fixAll: {
    fa: 'رفع همهٔ اشکال‌های فارسی این پرونده',
    en: 'Fix all Persian issues in this file',
  } as Msg,
};
