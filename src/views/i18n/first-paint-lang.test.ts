// index.html sets the remembered interface language before the first paint with an inline script, which
// the page's Content-Security-Policy lets run by its hash: the hash must be the script's, and the script
// must choose the language as ui-lang.ts does (a stored choice, else the browser's first language).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlLang, initialUiLang, UI_LANG_KEY } from './ui-lang.ts';

const HTML = readFileSync(new URL('../../../index.html', import.meta.url), 'utf8');
const INLINE = [...HTML.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');

function policy(): string {
  return /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(HTML)?.[1] ?? '';
}

/** Runs the inline script against a stored value and the browser's languages; returns lang and title. */
function firstPaint(stored: string | null, languages: readonly string[], storageThrows = false) {
  const page = { documentElement: { lang: 'zh-CN' }, title: '分工图谱' };
  const storage = {
    getItem: (key: string) => {
      if (storageThrows) throw new Error('refused');
      return key === UI_LANG_KEY ? stored : null;
    },
  };
  const navigator = { languages, language: languages[0] ?? '' };
  new Function('localStorage', 'navigator', 'document', INLINE[0] ?? '')(storage, navigator, page);
  return { lang: page.documentElement.lang, title: page.title };
}

describe('the first paint', () => {
  it('has one inline script, allowed by its hash', () => {
    expect(INLINE).toHaveLength(1);
    const hash = createHash('sha256')
      .update(INLINE[0] ?? '')
      .digest('base64');
    expect(policy()).toContain(`script-src 'self' 'sha256-${hash}'`);
  });

  it('chooses the language as the app will', () => {
    const cases: [string | null, string[]][] = [
      ['en', ['zh-CN']],
      ['zh', ['en-GB']],
      [null, ['zh-TW', 'en']],
      [null, ['de']],
      ['fr', ['en-US']],
      [null, []],
    ];
    for (const [stored, languages] of cases) {
      const lang = initialUiLang(stored, languages);
      expect(firstPaint(stored, languages).lang, `${stored} ${languages.join()}`).toBe(htmlLang(lang));
      expect(firstPaint(stored, languages).title).toBe(lang === 'en' ? 'Fengong Atlas' : '分工图谱');
    }
  });

  it("paints in the browser's language when storage is refused", () => {
    expect(firstPaint(null, ['en-US'], true).lang).toBe('en');
    expect(firstPaint(null, ['zh-CN'], true).lang).toBe('zh-CN');
  });

  it('shows one brand and one status line, in either language', () => {
    expect(HTML).toMatch(/<span class="first-brand first-zh">分工图谱<\/span\s*>/);
    expect(HTML).toMatch(/<span class="first-brand first-en">Fengong Atlas<\/span>/);
    expect(HTML).toMatch(
      /html\[lang='en'\] \.first-zh,\s*html:not\(\[lang='en'\]\) \.first-en \{\s*display: none;/,
    );
    expect(HTML).not.toMatch(/正在打开 Opening|分工图谱 Fengong Atlas/);
  });
});
