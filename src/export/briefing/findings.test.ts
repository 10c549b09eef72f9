// The findings of the Manzhouli notice, each sentence checked against the figures counted here
// straight from the notice's items (not through the rules that made the sentence), and the rules'
// answers on notices that give them nothing to say.
import { describe, expect, it } from 'vitest';
import { seedBytes } from '../../../tests/support/seed.ts';
import { computeWorkload, rankByLoad } from '../../analysis/workload.ts';
import { withEnglishAgencyNames } from '../../notice/agency-english.ts';
import type { NoticeModel } from '../../notice/model.ts';
import { parseNotice } from '../../projects/parse-notice.ts';
import { briefingFindings, findingCaption, findingFigure, findingText, type Finding } from './findings.ts';

const model = parseNotice(seedBytes());
const id = (name: string) => model.agencies.find((a) => a.name === name)!.id as string;
const items = model.items;
const named = (i: (typeof items)[number]) =>
  new Set<string>([...i.leads, ...i.cooperators, ...i.responsible]);

function find<K extends Finding['kind']>(findings: Finding[], kind: K): Extract<Finding, { kind: K }> {
  const found = findings.find((f) => f.kind === kind);
  expect(found, kind).toBeDefined();
  return found as Extract<Finding, { kind: K }>;
}

describe('the findings of the Manzhouli notice', () => {
  const findings = briefingFindings(model);
  const zh = findings.map((f) => findingText(f, 'zh'));
  const en = briefingFindings(withEnglishAgencyNames(model)).map((f) => findingText(f, 'en'));

  it('say how few agencies carry half the load', () => {
    // Loads as the README defines them: 3 per item led, 1 per item joined, 2 shared with no lead.
    const loads = rankByLoad(computeWorkload(model)).map((w) => w.load);
    const total = loads.reduce((a, b) => a + b, 0);
    expect(total).toBe(572);
    // The six heaviest: 78 + 59 + 49 + 39 + 39 + 34 = 298, 52 % of 572; five carry 264, 46 %.
    expect(loads.slice(0, 6)).toEqual([78, 59, 49, 39, 39, 34]);
    expect(find(findings, 'concentration')).toMatchObject({ agencies: 6, of: 45 });
    expect(zh).toContain('45 个机构中的 6 个承担了全部负荷的 52 %，工作集中在少数机构。');
    expect(en).toContain(
      '6 agencies of 45 carry 52 % of the whole load: the work is concentrated in a few hands.',
    );
  });

  it('name the heaviest agency with the items it leads and joins, counted from the items', () => {
    const ndrc = id('自治区发展改革委');
    expect(items.filter((i) => i.leads.includes(ndrc as never)).length).toBe(9);
    expect(items.filter((i) => i.cooperators.includes(ndrc as never)).length).toBe(51);
    const sections = new Set(items.filter((i) => named(i).has(ndrc)).map((i) => i.sectionId));
    expect(sections.size).toBe(model.sections.length);
    expect(zh).toContain('自治区发展改革委负担最重：牵头 9 项，参与 51 项，覆盖全部 7 个部分。');
    expect(en).toContain(
      'Development and Reform Commission carries the most: it leads 9 items and joins 51, in all 7 sections.',
    );
  });

  it('count the agencies far above the typical one, in plain words', () => {
    const far = find(findings, 'far-above');
    // Loads of 27 and more (median 7, as `--format workload` says): seven agencies.
    const loads = rankByLoad(computeWorkload(model)).map((w) => w.load);
    expect(loads.filter((l) => l >= 27).length).toBe(7);
    expect(far).toMatchObject({ count: 7, cutoff: 27, median: 7 });
    expect(zh).toContain('7 个机构的负荷远高于一般机构：均达 27 以上，而一般机构为 7。');
    for (const sentence of [...zh, ...en]) expect(sentence).not.toMatch(/MAD|deviation|偏差/);
  });

  it('name the agency that leads nothing but joins the most', () => {
    const finance = id('自治区财政厅');
    expect(items.filter((i) => i.leads.includes(finance as never)).length).toBe(0);
    expect(items.filter((i) => i.cooperators.includes(finance as never)).length).toBe(27);
    expect(zh).toContain(
      '自治区财政厅不牵头任何事项，却参与 27 项，覆盖全部 7 个部分：协调任务重，但无牵头之责。',
    );
    expect(en).toContain(
      'Department of Finance leads none but joins 27 items, in all 7 sections: much coordination, no lead of its own.',
    );
  });

  it('name the two agencies that share the most items', () => {
    const pair = find(findings, 'closest-pair');
    const [a, b] = [id('自治区发展改革委'), id('自治区经济和信息化委')];
    const shared = items.filter((i) => named(i).has(a) && named(i).has(b)).length;
    expect(shared).toBe(28);
    expect(pair).toEqual({
      kind: 'closest-pair',
      first: '自治区发展改革委',
      second: '自治区经济和信息化委',
      items: 28,
    });
    // No other pair shares as many.
    const others = model.agencies.filter((x) => !x.generic).map((x) => x.id as string);
    for (const x of others)
      for (const y of others)
        if (x < y)
          expect(items.filter((i) => named(i).has(x) && named(i).has(y)).length).toBeLessThanOrEqual(28);
  });

  it('name the busiest section with its items and agencies', () => {
    const section = model.sections.find((s) => s.ordinal === 4)!;
    const inIt = items.filter((i) => i.sectionId === section.id);
    expect(inIt.length).toBe(17);
    for (const s of model.sections)
      expect(items.filter((i) => i.sectionId === s.id).length).toBeLessThanOrEqual(17);
    const generic = new Set(model.agencies.filter((a) => a.generic).map((a) => a.id as string));
    const agencies = new Set(inIt.flatMap((i) => [...named(i)]).filter((a) => !generic.has(a)));
    expect(agencies.size).toBe(27);
    expect(zh).toContain(
      '第四部分“打造沿边地区新的经济增长极”事项最多：77 个事项中占 17 个，涉及 27 个机构。',
    );
    expect(en).toContain(
      'Section 4, "打造沿边地区新的经济增长极", holds 17 of the 77 items and draws in 27 agencies: the busiest part of the plan.',
    );
  });

  it('say whether every item names a lead', () => {
    expect(items.filter((i) => i.leads.length === 0).length).toBe(0);
    expect(zh.at(-1)).toBe('全部 77 个事项均明确了牵头单位。');
    expect(en.at(-1)).toBe('Every one of the 77 items names a lead agency.');
  });

  it('give every finding a figure and a caption in both languages', () => {
    for (const f of findings) {
      expect(findingFigure(f)).toMatch(/\d/);
      expect(findingCaption(f, 'zh')).toMatch(/\p{Script=Han}/u);
      expect(findingCaption(f, 'en')).toMatch(/^[\x20-\x7e]+$/);
    }
  });
});

describe('findings on thin notices', () => {
  it('say when the busiest section names only collective bodies', () => {
    const collective: NoticeModel = {
      ...model,
      agencies: model.agencies.map((a) => ({ ...a, generic: true })),
    };
    const busiest = find(briefingFindings(collective), 'busiest-section');
    expect(busiest.agencies).toBe(0);
    expect(findingText(busiest, 'zh')).toMatch(/77 个事项中占 17 个，但未点名具体机构。$/);
    expect(findingText(busiest, 'en')).toMatch(/but names no particular agency for them\.$/);
  });

  it('say nothing about an empty notice but never throw', () => {
    const empty: NoticeModel = { ...model, sections: [], tasks: [], items: [], agencies: [], projects: [] };
    expect(briefingFindings(empty)).toEqual([]);
  });

  it('count items with no lead, and skip a pair or section that says nothing', () => {
    const [first] = model.items;
    const one: NoticeModel = {
      ...model,
      sections: model.sections.slice(0, 1),
      items: [{ ...first!, leads: [], cooperators: first!.leads }],
    };
    const findings = briefingFindings(one);
    expect(find(findings, 'no-lead')).toEqual({ kind: 'no-lead', items: 1, of: 1 });
    expect(findings.some((f) => f.kind === 'closest-pair' || f.kind === 'busiest-section')).toBe(false);
    expect(findingText(find(findings, 'no-lead'), 'en')).toBe(
      '1 of 1 items names no lead: it needs someone to answer for it.',
    );
  });
});
