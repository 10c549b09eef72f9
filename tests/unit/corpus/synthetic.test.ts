// The synthetic corpus: deterministic per seed, of the genre's size, varied in form, and with a
// ground truth that agrees with the text it describes.
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../corpus/prng.ts';
import {
  generateCorpus,
  generateNotice,
  generateNoticeWithTruth,
  noticeSeeds,
  type SyntheticNotice,
} from '../../corpus/synthetic.ts';

const SAMPLE = noticeSeeds(120, 2024).map(generateNoticeWithTruth);
const bytes = (text: string) => new TextEncoder().encode(text).length;

describe('mulberry32', () => {
  it('repeats its sequence for a seed and stays in [0, 1)', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const draws = Array.from({ length: 1000 }, () => a());
    expect(draws).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(mulberry32(8)()).not.toBe(mulberry32(7)());
  });
});

describe('generateNoticeWithTruth', () => {
  it('is deterministic: the same seed gives the same text and truth', () => {
    expect(generateNoticeWithTruth(42)).toEqual(generateNoticeWithTruth(42));
    expect(generateNotice(42)).toBe(generateNoticeWithTruth(42).text);
    expect(generateNotice(43)).not.toBe(generateNotice(42));
  });

  it('builds a corpus whose every notice can be regenerated from its own seed', () => {
    const corpus = generateCorpus(8, 99);
    expect(corpus).toEqual(generateCorpus(8, 99));
    expect(corpus[5]).toBe(generateNotice(noticeSeeds(8, 99)[5]!));
    expect(new Set(corpus).size).toBe(8);
  });

  it('writes notices of the genre’s size, about 20–60 KB', () => {
    const sizes = SAMPLE.map((n) => bytes(n.text));
    const mean = sizes.reduce((a, b) => a + b, 0) / sizes.length;
    expect(Math.min(...sizes)).toBeGreaterThan(15_000);
    expect(Math.max(...sizes)).toBeLessThan(75_000);
    expect(mean).toBeGreaterThan(25_000);
    expect(mean).toBeLessThan(50_000);
  });

  it('covers every marker form, layout and punctuation width', () => {
    const seen = (pick: (n: SyntheticNotice) => string | boolean) => new Set(SAMPLE.map(pick));
    expect(seen((n) => n.truth.style)).toEqual(
      new Set(['lead-cooperate', 'labelled', 'label-lines', 'first-listed', 'responsibility']),
    );
    expect(seen((n) => n.truth.layout)).toEqual(new Set(['paragraph', 'numbered', 'flat']));
    expect(seen((n) => n.truth.halfWidth)).toEqual(new Set([true, false]));
    expect(SAMPLE.some((n) => n.text.includes('\r\n'))).toBe(true);
    expect(SAMPLE.some((n) => n.text.includes('会同'))).toBe(true);
    expect(SAMPLE.some((n) => n.text.includes('列第一位者为牵头单位，下同'))).toBe(true);
    expect(SAMPLE.some((n) => /^\s*(?:\d+\.|（\d+）|\(\d+\))/m.test(n.text))).toBe(true);
  });

  it('has a truth that agrees with its text', () => {
    for (const { text, truth } of SAMPLE) {
      const lines = text.split(/\r?\n/);
      expect(lines[0]).toBe(truth.title);
      const [y, m, d] = truth.published.split('-').map(Number);
      expect(text.includes(`发布日期:${truth.published}`) || text.includes(`${y}年${m}月${d}日`)).toBe(true);
      const sectionLines = lines.filter((l) => /^[\s\u3000]*[一二三四五六七八九十]+、/.test(l));
      expect(sectionLines).toHaveLength(truth.sections);
      expect(truth.tasks).toBeGreaterThanOrEqual(truth.sections);
      expect(truth.items.length).toBeGreaterThanOrEqual(truth.tasks * 0.5);
      for (const item of truth.items) {
        const named = [...item.leads, ...item.cooperators, ...item.responsible];
        expect(named.length).toBeGreaterThan(0);
        expect(new Set(named).size).toBe(named.length);
        if (item.title !== null) expect(text).toContain(`${item.title}。`);
      }
    }
  });

  it('writes names as a reader sees them, restoring dropped region prefixes in the truth', () => {
    const carried = SAMPLE.flatMap(({ text, truth }) =>
      truth.items
        .flatMap((i) => [...i.leads, ...i.cooperators, ...i.responsible])
        .filter((n) => !text.includes(n)),
    );
    // Some names only ever appear bare after 、 (`省发展改革委、财政厅`): the truth still has 省财政厅.
    expect(carried.length).toBeGreaterThan(0);
    expect(carried.every((n) => /^(?:省|自治区|市|区|县)/.test(n))).toBe(true);
  });

  it('marks collective actors and never leaves them leading', () => {
    const generics = SAMPLE.flatMap((n) => n.truth.genericNames);
    expect(generics.length).toBeGreaterThan(0);
    for (const { truth } of SAMPLE) {
      for (const item of truth.items)
        for (const lead of item.leads) expect(truth.genericNames).not.toContain(lead);
    }
  });
});
