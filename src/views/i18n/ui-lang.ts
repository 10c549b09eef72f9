// The interface's language: one at a time, chosen in the top bar and remembered on this machine. With no
// choice stored, the browser's language decides (zh* → Chinese, anything else → English), and Chinese
// when the browser says nothing, since the notices themselves are Chinese.
export type UiLang = 'zh' | 'en';

export const UI_LANG_KEY = 'fengong-atlas:lang';

export function isUiLang(value: unknown): value is UiLang {
  return value === 'zh' || value === 'en';
}

/** The language to start in: the stored choice, else the browser's first preference. */
export function initialUiLang(stored: string | null, browserLanguages: readonly string[]): UiLang {
  if (isUiLang(stored)) return stored;
  const first = browserLanguages.find((tag) => tag.trim() !== '');
  if (!first) return 'zh';
  return first.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** The value for `<html lang>`: the notices are Simplified Chinese, so Chinese is `zh-CN`. */
export function htmlLang(lang: UiLang): string {
  return lang === 'zh' ? 'zh-CN' : 'en';
}

/** Reads the stored choice; storage may be unavailable (private windows, blocked cookies). */
export function readStoredUiLang(): string | null {
  try {
    return globalThis.localStorage?.getItem(UI_LANG_KEY) ?? null;
  } catch {
    return null;
  }
}

export function storeUiLang(lang: UiLang): void {
  try {
    globalThis.localStorage?.setItem(UI_LANG_KEY, lang);
  } catch {
    // Not remembered: the choice still holds for this visit.
  }
}
