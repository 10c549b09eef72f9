// English exports are English: every word a diagram or the briefing says of its own — legends, heads,
// captions, notes, axis labels, source lines — is English; the only Chinese left is what the notice
// itself wrote (its title, section, task and project titles) and agency names the lexicon cannot read.
import { describe, expect, it } from 'vitest';
import { seedBytes } from '../../../tests/support/seed.ts';
import { agencyLabels } from '../../notice/agency-labels.ts';
import { withEnglishAgencyNames } from '../../notice/agency-english.ts';
import type { GraphPictureSettings } from '../../graph/picture.ts';
import type { Scene } from '../../graph/scene.ts';
import type { NoticeModel } from '../../notice/model.ts';
import { parseNotice } from '../../projects/parse-notice.ts';
import { sectionHeading, taskHeading } from '../data/heading-labels.ts';
import { briefingScenes } from '../pdf/briefing.ts';
import { englishOnly, unframed } from '../slides/slide-pictures.ts';
import {
  diagramScene,
  graphPositions,
  noticeShortName,
  type DiagramOptions,
  type LayoutFn,
} from './diagram.ts';

const model = parseNotice(seedBytes());
const DATE = '2026-11-28';
const grid: LayoutFn = async (graph) =>
  new Map(graph.nodes.map((n, i) => [n.id, { x: (i % 12) * 90, y: Math.floor(i / 12) * 90 }]));

/** What the notice wrote, which an English export keeps as written. */
function noticeWords(m: NoticeModel): string[] {
  const english = withEnglishAgencyNames(m).agencies;
  const untranslated = english.filter((a) => /\p{Script=Han}/u.test(a.name));
  return [
    m.notice.title,
    ...m.notice.title.split('；'),
    m.notice.issuer ?? '',
    noticeShortName(m),
    ...m.sections.flatMap((s) => [s.title, sectionHeading(s)]),
    ...m.tasks.flatMap((t) => [t.title, taskHeading(t)]),
    ...m.items.map((a) => a.title ?? ''),
    ...m.projects.map((p) => p.name),
    ...untranslated.map((a) => a.name),
    ...agencyLabels(untranslated).values(),
  ]
    .filter((w) => /\p{Script=Han}/u.test(w))
    .sort((a, b) => b.length - a.length);
}

const HAN_RUN = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]+/gu;

/** The Chinese in a line of text that is not the notice's own words. A line may hold part of a
 *  wrapped or cut title: its start (at the line's end, or before `…`), its end (at the line's
 *  start), or its middle (the whole line). */
export function foreignChinese(text: string, allowed: readonly string[]): string[] {
  let rest = text;
  for (const a of allowed) if (rest.includes(a)) rest = rest.split(a).join(' ');
  const line = rest.replace(/…$/, '');
  // A whole line that is a piece of a title: a wrapped line (or a task's number and a piece).
  const piece = line.trim().replace(/^\d+\.?\s+/, '');
  if (piece && allowed.some((a) => a.includes(piece))) return [];
  const out: string[] = [];
  for (const match of line.matchAll(HAN_RUN)) {
    const run = match[0];
    const start = match.index;
    const atStart = line.slice(0, start).trim() === '' || /^\d+\.?$/.test(line.slice(0, start).trim());
    const atEnd = line.slice(start + run.length).trim() === '';
    const ok = allowed.some(
      (a) =>
        (atStart && atEnd && a.includes(run)) || (atStart && a.endsWith(run)) || (atEnd && a.startsWith(run)),
    );
    if (!ok) out.push(run);
  }
  return out;
}

function chineseIn(scene: Scene, allowed: readonly string[]): string[] {
  return scene.marks.flatMap((m) =>
    m.type === 'text' && foreignChinese(m.text, allowed).length > 0 ? [m.text] : [],
  );
}

const allowed = noticeWords(model);

describe('English diagrams of the Manzhouli notice', () => {
  const settings: Partial<GraphPictureSettings>[] = [
    {},
    { mode: 'coordination' },
    { mode: 'coordination', direction: true, colorBy: 'bloc' },
    { colorBy: 'section', projects: true, taskTitles: true },
  ];
  it.each(settings)("the network (%o) says nothing in Chinese but the notice's words", async (s) => {
    const positions = await graphPositions(model, s, grid, { lang: 'en' });
    const scene = diagramScene(model, {
      view: 'graph',
      lang: 'en',
      date: DATE,
      graph: { settings: s, positions },
    });
    expect(chineseIn(scene, allowed)).toEqual([]);
  });

  const tables: Omit<DiagramOptions, 'lang'>[] = [
    { view: 'matrix' },
    { view: 'matrix', matrixOrder: 'bloc' },
    { view: 'matrix', matrixColumns: 'item' },
    { view: 'matrix', matrixColumns: 'section', sortBy: 'ag:自治区商务厅' },
    { view: 'coassignment' },
    { view: 'coassignment', matrixOrder: 'bloc' },
    { view: 'ranking' },
  ];
  it.each(tables)(
    "$view ($matrixOrder $matrixColumns) says nothing in Chinese but the notice's words",
    (o) => {
      const scene = diagramScene(model, { ...o, lang: 'en', date: DATE });
      expect(chineseIn(scene, allowed)).toEqual([]);
      // The slides' gloss-stripping step finds nothing left to strip.
      expect(englishOnly(unframed(scene))).toEqual(unframed(scene));
    },
  );

  it('says once that titles are as the notice writes them, and glosses nothing', () => {
    const scene = diagramScene(model, { view: 'matrix', lang: 'en', date: DATE });
    const words = scene.marks.flatMap((m) => (m.type === 'text' ? [m.text] : []));
    expect(words.join(' ')).toContain('Titles of sections and tasks are as the notice writes them.');
    expect(words).toContain('agencies named');
    expect(words).toContain('Leads');
    expect(words).toEqual(expect.arrayContaining(['tasks', 'led', 'joined']));
  });

  it('the checker itself catches a gloss', () => {
    expect(foreignChinese('牵头 leads', allowed)).toEqual(['牵头']);
    expect(foreignChinese('大小 = 工作量 size = workload', allowed)).toEqual(['大小', '工作量']);
    expect(foreignChinese('13 完善欧亚陆路', allowed)).toEqual([]);
  });
});

describe('Chinese diagrams', () => {
  it('say their keys and heads in Chinese only', async () => {
    const layout: LayoutFn = grid;
    const positions = await graphPositions(model, {}, layout);
    for (const view of ['graph', 'matrix', 'coassignment', 'ranking'] as const) {
      const scene = diagramScene(model, { view, lang: 'zh', date: DATE, graph: { positions } });
      const words = scene.marks.flatMap((m) => (m.type === 'text' ? [m.text] : []));
      // No English word of the app's own: the counts, keys and heads are Chinese.
      const english = words.filter((w) => /[A-Za-z]{3,}/.test(w) && !w.includes('Fengong Atlas'));
      expect(english, view).toEqual([]);
    }
  });
});

describe('the English briefing pack', () => {
  it("says nothing in Chinese but the notice's words, on every page", async () => {
    const pages = await briefingScenes(model, { lang: 'en', layout: grid, date: DATE });
    expect(pages.length).toBeGreaterThan(4);
    for (const page of pages) expect(chineseIn(page, allowed)).toEqual([]);
    const words = pages.flatMap((p) => p.marks.flatMap((m) => (m.type === 'text' ? [m.text] : [])));
    const notes = words.filter((w) =>
      w.includes('Titles of sections and tasks are as the notice writes them.'),
    );
    expect(notes).toHaveLength(1);
    // Lists of agencies are joined the English way.
    expect(words.some((w) => w.includes('、'))).toBe(false);
    expect(words.some((w) => /Department of [A-Za-z ]+, /.test(w))).toBe(true);
  });
});
