// Agency names in English: every agency of the Manzhouli notice has one, read from known terms in
// their order; ministries and departments are "… of" their field; a name with a part the lexicon does
// not know stays Chinese; an English model renames agencies and nothing else.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seedBytes } from '../../tests/support/seed.ts';
import { parseNotice } from '../projects/parse-notice.ts';
import { agencyEnglish, withEnglishAgencyNames } from './agency-english.ts';
import { agencyLabels } from './agency-labels.ts';

const model = parseNotice(seedBytes());
const HAN = /\p{Script=Han}/u;

describe('agencyEnglish', () => {
  it('names every agency of the Manzhouli notice in English, by its label and by its full name', () => {
    const labels = agencyLabels(model.agencies);
    for (const agency of model.agencies) {
      for (const name of [agency.name, labels.get(agency.id) ?? '']) {
        const english = agencyEnglish(name);
        expect(english, name).not.toBeNull();
        expect(english, name).not.toMatch(HAN);
      }
    }
  });

  it('reads places, levels, fields and bodies in order', () => {
    expect(agencyEnglish('发展改革委')).toBe('Development and Reform Commission');
    expect(agencyEnglish('自治区发展改革委')).toBe('Regional Development and Reform Commission');
    expect(agencyEnglish('满洲里海关')).toBe('Manzhouli Customs');
    expect(agencyEnglish('内蒙古出入境检验检疫局')).toBe(
      'Inner Mongolia Entry-Exit Inspection and Quarantine Bureau',
    );
    expect(agencyEnglish('人民银行呼和浩特中心支行')).toBe(
      "People's Bank of China Hohhot Central Sub-branch",
    );
    expect(agencyEnglish('市人力资源和社会保障局')).toBe(
      'Municipal Human Resources and Social Security Bureau',
    );
    expect(agencyEnglish('市委组织部')).toBe('Municipal Party Committee Organization Department');
  });

  it('names a ministry and a department after their field', () => {
    expect(agencyEnglish('商务厅')).toBe('Department of Commerce');
    expect(agencyEnglish('省商务厅')).toBe('Provincial Department of Commerce');
    expect(agencyEnglish('财政部')).toBe('Ministry of Finance');
    expect(agencyEnglish('工业和信息化部')).toBe('Ministry of Industry and Information Technology');
  });

  it('names in English most agencies of the other sample notices (the README states the figure)', () => {
    const dir = new URL('../../tests/fixtures/samples/', import.meta.url);
    const names = new Set(
      readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .flatMap((f) => parseNotice(readFileSync(new URL(f, dir))).agencies.map((a) => a.name)),
    );
    const named = [...names].filter((n) => agencyEnglish(n) !== null);
    expect(names.size).toBe(65);
    expect(named.length).toBeGreaterThanOrEqual(57);
  });

  it('keeps a name with any unknown part in Chinese (null), never guessing', () => {
    expect(agencyEnglish('市留交办')).toBeNull();
    expect(agencyEnglish('立山经济开发区')).toBeNull();
    expect(agencyEnglish('')).toBeNull();
  });
});

describe('withEnglishAgencyNames', () => {
  it('renames the agencies by the English of their labels and leaves ids, kinds and items alone', () => {
    const english = withEnglishAgencyNames(model);
    const ndrc = english.agencies.find((a) => a.id === 'ag:自治区发展改革委');
    expect(ndrc?.name).toBe('Development and Reform Commission');
    expect(english.agencies.map((a) => [a.id, a.kind, a.generic])).toEqual(
      model.agencies.map((a) => [a.id, a.kind, a.generic]),
    );
    expect(english.items).toBe(model.items);
    expect(new Set(english.agencies.map((a) => a.name)).size).toBe(model.agencies.length);
  });
});
