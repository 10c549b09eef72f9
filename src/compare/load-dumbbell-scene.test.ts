import { describe, expect, it } from 'vitest';
import type { ComparedAgency } from './agency-matching.ts';
import { LESS, loadDumbbellScene, MORE } from './load-dumbbell-scene.ts';

function row(key: string, a: number, b: number, inA = true, inB = true): ComparedAgency {
  const figures = (load: number) => ({ load, led: 0, joined: load, items: load });
  return {
    key,
    name: key,
    namesA: inA ? [key] : [],
    namesB: inB ? [key] : [],
    idsA: inA ? [`ag:${key}` as never] : [],
    idsB: inB ? [`ag:${key}` as never] : [],
    rule: !inA ? 'new' : !inB ? 'gone' : 'same-name',
    explanation: '',
    generic: false,
    a: figures(inA ? a : 0),
    b: figures(inB ? b : 0),
    change: (inB ? b : 0) - (inA ? a : 0),
  };
}

describe('loadDumbbellScene', () => {
  const scene = loadDumbbellScene(
    [row('市财政局', 4, 9), row('市税务局', 6, 2), row('市住建局', 0, 3, false)],
    {
      labelA: '2023',
      labelB: '2024',
      width: 800,
    },
  );
  const marksOf = (key: string) => scene.marks.filter((m) => m.ref?.id === key);

  it('draws a row per agency, a bar coloured by direction between its two ends', () => {
    expect(scene.rows.map((r) => r.key)).toEqual(['市财政局', '市税务局', '市住建局']);
    expect(marksOf('市财政局').find((m) => m.type === 'path')?.stroke).toBe(MORE);
    expect(marksOf('市税务局').find((m) => m.type === 'path')?.stroke).toBe(LESS);
    expect(marksOf('市财政局').filter((m) => m.type === 'circle')).toHaveLength(2);
  });

  it('draws one end for an agency new in B and says so', () => {
    expect(marksOf('市住建局').filter((m) => m.type === 'circle')).toHaveLength(1);
    expect(scene.marks.some((m) => m.type === 'text' && m.text === 'new')).toBe(true);
  });

  it('speaks the language it is given: key, axis, status and tooltips', () => {
    const zh = loadDumbbellScene([row('市住建局', 0, 3, false)], {
      labelA: '2023',
      labelB: '2024',
      width: 800,
      words: {
        before: (l) => `A 旧 ${l}`,
        after: (l) => `B 新 ${l}`,
        more: '负担增加',
        less: '负担减少',
        axis: '负担 →',
        new: '新增',
        gone: '不再出现',
        namedInA: (n) => `A：${n}`,
        figures: (why, r, change) => `${why}负担 ${r.a.load} → ${r.b.load}（${change}）`,
      },
      explain: () => '仅见于 B。',
    });
    const texts = zh.marks.flatMap((m) => (m.type === 'text' ? [m.text] : []));
    expect(texts).toEqual(expect.arrayContaining(['A 旧 2023', 'B 新 2024', '负担增加', '负担 →', '新增']));
    expect(texts.some((t) => /[A-Za-z]{2,}/.test(t))).toBe(false);
    expect(zh.marks.find((m) => m.type === 'circle' && m.ref?.id === '市住建局')?.title).toBe(
      '仅见于 B。负担 0 → 3（+3）',
    );
  });

  it('writes the change as a signed figure', () => {
    const texts = scene.marks.flatMap((m) => (m.type === 'text' ? [m.text] : []));
    expect(texts).toEqual(expect.arrayContaining(['+5', '−4']));
  });
});
