// What a page shows in the other language: in the English interface, Chinese that is not the notice's
// own words; in the Chinese interface, English words that are not names of formats, keys or the brand.
// The notice's words are what the views mark (`lang="zh-CN"`, `data-notice-text`) or, in diagrams and
// tables not marked, runs of Chinese that stand in the notice's words (its text, its agencies' names as
// read, its titles) and are not a label of the Chinese catalogue (`牵头` is both: in the English
// interface it is a stray label). A lone character counts only as a numeral or in a diagram (a task's
// title drawn a character a line); `第14项` in English is stray. Chinese the English catalogue itself
// quotes (a sample of a notice: `"2025年底前完成"`) is deliberate.
import type { Page } from 'playwright-core';
import type { NoticeModel } from '../../src/notice/model.ts';
import { MESSAGES } from '../../src/views/i18n/messages.ts';

/** Every fixed string of the Chinese catalogue (functions left out: their words vary). */
function catalogueStrings(value: unknown, into: Set<string> = new Set()): Set<string> {
  if (typeof value === 'string') into.add(value.trim());
  else if (value && typeof value === 'object')
    for (const inner of Object.values(value)) catalogueStrings(inner, into);
  return into;
}

export const ZH_LABELS: readonly string[] = [...catalogueStrings(MESSAGES.zh)].filter((s) =>
  /[\u3400-\u9fff]/.test(s),
);

/** The Chinese the English catalogue quotes on purpose. */
export const EN_QUOTES: readonly string[] = [...catalogueStrings(MESSAGES.en)].flatMap(
  (s) => s.match(/[\u3400-\u9fff]+/g) ?? [],
);

/** What a notice writes: its text, and the names and titles read from it (names carry prefixes over). */
export function noticeWords(model: NoticeModel): string {
  return [
    model.text,
    ...model.agencies.flatMap((a) => [a.name, ...a.aliases]),
    ...model.sections.map((s) => s.title),
    ...model.tasks.map((t) => t.title),
    ...model.projects.map((p) => p.name),
    ...model.projects.flatMap((p) => p.places),
  ].join('\n');
}

/** Latin words the Chinese interface may show: formats, keys, units of the notice, the brand, the switch. */
export const LATIN_ALLOWED: readonly string[] = [
  ...['PNG', 'SVG', 'PDF', 'CSV', 'JSON', 'GraphML', 'GEXF', 'Excel', 'Word', 'WPS', 'OFD', 'RTF'],
  ...['HTML', 'MHT', 'MHTML', 'PowerPoint', 'UTF', 'GBK', 'yEd', 'Parquet', 'OCR', 'MAD', 'xlsx', 'xls'],
  ...['docx', 'doc', 'et', 'csv', 'html', 'mht', 'pptx', 'Gephi', 'DuckDB', 'Spark', 'PPT', 'KB', 'MB'],
  ...['Fengong', 'Atlas', 'English', 'Esc', 'Tab', 'Enter', 'Ctrl', 'Home', 'End', 'Shift', 'Alt', 'Cmd'],
  ...['swt', 'fgw', 'fagai', 'GB', 'ID', 'km', 'z', 'Louvain', 'Dice', 'npm', 'json', 'pdf'],
];

export interface Stray {
  readonly text: string;
  readonly where: string;
}

/** The visible text and labels under `selector` that are in the other language than `lang`. */
export async function strayText(
  page: Page,
  lang: 'zh' | 'en',
  noticeText: string,
  selector = 'body',
): Promise<Stray[]> {
  return page.evaluate(
    ({ lang, noticeText, selector, zhLabels, enQuotes, latinAllowed }) => {
      const labels = new Set(zhLabels);
      const quoted = new Set(enQuotes);
      const NUMERALS = /^[一二三四五六七八九十百零〇]$/;
      const allowed = new Set(latinAllowed);
      const found: { text: string; where: string }[] = [];
      const marked = (el: Element) =>
        el.closest('[data-notice-text]') !== null ||
        (lang === 'en'
          ? (el.closest('[lang]:not(html)')?.getAttribute('lang') ?? '').startsWith('zh')
          : (el.closest('[lang]:not(html)')?.getAttribute('lang') ?? '').startsWith('en'));
      const visible = (el: Element) =>
        el.getClientRects().length > 0 &&
        (typeof (el as HTMLElement).checkVisibility !== 'function' ||
          (el as HTMLElement).checkVisibility({ visibilityProperty: true, opacityProperty: false }));
      const where = (el: Element) =>
        `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.classList]
          .slice(0, 2)
          .map((c) => `.${c}`)
          .join('')}`;
      const check = (text: string, el: Element) => {
        const trimmed = text.trim();
        if (!trimmed) return;
        if (lang === 'en') {
          const inDiagram = el.closest('svg') !== null;
          const strayRun = (trimmed.match(/[\u3400-\u9fff]+/g) ?? []).some(
            (run) =>
              !quoted.has(run) &&
              ((run.length < 2 && !inDiagram && !NUMERALS.test(run)) || !noticeText.includes(run)),
          );
          if (strayRun || labels.has(trimmed)) found.push({ text: trimmed, where: where(el) });
        } else {
          // A command to type (`npm run compare`) is not a word of the interface.
          const words = trimmed.replace(/npm run [a-z]+/g, '').match(/[A-Za-z]{2,}/g) ?? [];
          if (words.some((w) => !allowed.has(w) && !noticeText.includes(w)))
            found.push({ text: trimmed, where: where(el) });
        }
      };
      const root = document.querySelector(selector);
      if (!root) return [{ text: `nothing matches ${selector}`, where: selector }];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement;
        if (!el || el.closest('script, style, textarea, noscript') || marked(el) || !visible(el)) continue;
        check(node.textContent ?? '', el);
      }
      for (const el of root.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
        if (marked(el) || !visible(el)) continue;
        for (const name of ['aria-label', 'title', 'placeholder', 'alt'])
          check(el.getAttribute(name) ?? '', el);
      }
      return found;
    },
    {
      lang,
      noticeText,
      selector,
      zhLabels: [...ZH_LABELS],
      enQuotes: [...EN_QUOTES],
      latinAllowed: [...LATIN_ALLOWED],
    },
  );
}
