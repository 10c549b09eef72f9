// The comparison diagram names every agency whole: in English the long names ("Regional Council for
// the Promotion of International Trade") take two lines in the chart and up to three in the network
// rather than end in an ellipsis, and the Chinese names fit as they did.
import { describe, expect, it } from 'vitest';
import { seedText } from '../../../tests/support/seed.ts';
import { changeNetwork, changeNetworkJob } from '../../compare/change-network.ts';
import { nameLines } from '../../compare/change-network-scene.ts';
import { compareNotices } from '../../compare/compare-notices.ts';
import { dumbbellLabelLines } from '../../compare/load-dumbbell-scene.ts';
import { jobLayout } from '../../layout/compute-layout.ts';
import { parseNotice } from '../../projects/parse-notice.ts';
import { textWidth } from '../../graph/scenes/text-fit.ts';
import { comparisonDiagram } from './comparison-diagram.ts';

const text = seedText();
const older = parseNotice(text);
const removed = older.items[12]!;
const copy = (text.slice(0, removed.start) + text.slice(removed.end))
  .replace('等部门配合', '、自治区统计局等部门配合')
  .replaceAll('发展改革委', '发展和改革委员会');
// All agencies charted, so every long name is drawn.
const comparison = compareNotices(older, parseNotice(copy));

/** The agency names drawn: the text marks that point at an agency. */
async function agencyTexts(lang: 'zh' | 'en'): Promise<string[]> {
  const positions = await jobLayout(changeNetworkJob(changeNetwork(comparison)));
  const scene = comparisonDiagram(comparison, {
    lang,
    labelA: 'A',
    labelB: 'B',
    positions,
    date: '2026-12-03',
    allAgencies: true,
  });
  return scene.marks.flatMap((m) => (m.type === 'text' && m.ref?.kind === 'agency' ? [m.text] : []));
}

describe("the comparison diagram's agency names", () => {
  it('end in no ellipsis in English', async () => {
    const names = await agencyTexts('en');
    expect(names.length).toBeGreaterThan(60);
    expect(names.filter((n) => n.endsWith('…'))).toEqual([]);
    // The long names are there, in lines.
    expect(names).toContain('Regional Council for the Promotion of International Trade');
  }, 60_000);

  it('end in no ellipsis in Chinese', async () => {
    const names = await agencyTexts('zh');
    expect(names.filter((n) => n.endsWith('…'))).toEqual([]);
    expect(names).toContain('自治区贸促会');
  }, 60_000);
});

describe('dumbbellLabelLines', () => {
  it('keeps a name that fits in one line at full size', () => {
    expect(dumbbellLabelLines('满洲里海关', 230)).toEqual({ lines: ['满洲里海关'], size: 13 });
  });

  it('breaks a name too wide for the column into two smaller lines, whole', () => {
    const name = 'Inner Mongolia Entry-Exit Inspection and Quarantine Bureau';
    const { lines, size } = dumbbellLabelLines(name, 230);
    expect(lines).toHaveLength(2);
    expect(size).toBeLessThan(13);
    expect(lines.join(' ')).toBe(name);
    for (const line of lines) expect(textWidth(line, size)).toBeLessThanOrEqual(230);
  });

  it('cuts only a name longer than two lines', () => {
    const { lines } = dumbbellLabelLines('Department '.repeat(12).trim(), 100);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
  });
});

describe('nameLines', () => {
  it('keeps a short name on one line', () => {
    expect(nameLines('Sports Bureau')).toEqual(['Sports Bureau']);
  });

  it('gives a long English name the lines it needs, every word kept', () => {
    const name = 'Department of Human Resources and Social Security';
    const lines = nameLines(name);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.length).toBeLessThanOrEqual(3);
    expect(lines.join(' ')).toBe(name);
  });

  it('breaks a long Chinese name between characters', () => {
    const name = '人民银行呼和浩特中心支行人民银行呼和浩特中心支行';
    expect(nameLines(name).join('')).toBe(name);
  });
});
