// The rules on the sample notices, written for none of them: they must find nothing absurd.
// Of the four, only the Guangzhou talent plan names places of its own; what it yields is judged
// below. The others commit to policies, not projects, and yield none.
import { describe, expect, it } from 'vitest';
import { sampleText } from '../../tests/support/seed.ts';
import { parseNotice } from './parse-notice.ts';
import { extractProjects } from './extract.ts';

const samples = [
  'guangzhou-talent-2012.txt',
  'lishan-2023-fragment.txt',
  'sichuan-2022-circulation-fragment.txt',
  'state-council-2018-39-employment.txt',
];

describe.each(samples)('%s', (file) => {
  const model = parseNotice(sampleText(file));
  const projects = extractProjects(model);

  it('names only short, clause-free projects', () => {
    for (const p of projects) {
      expect(p.name.length, p.name).toBeLessThanOrEqual(30);
      expect(p.name, p.name).not.toMatch(/[，,。；;：:、（）()]/);
    }
  });

  it('links them to items of the model', () => {
    const items = new Set(model.items.map((a) => a.id));
    for (const p of projects) for (const id of p.itemIds) expect(items.has(id)).toBe(true);
  });
});

describe('what the samples yield', () => {
  const found = (file: string) =>
    extractProjects(parseNotice(sampleText(file))).map((p) => `${p.kind}:${p.name}`);

  it('Guangzhou: the zones its talent items act on, and its named talent park', () => {
    // 南沙新区 is built as the 粤港澳 talent zone its quoted title names (one work, named by both, as
    // the hand gold writes it); 广州开发区 is chosen as a talent pilot zone; the
    // 中国南方人才资源服务产业园 is to be built. The bare item title 人才资源服务产业园, the
    // “国际人才港” slogan, 创业孵化基地-style categories and the …工程 programmes are not taken.
    expect(found('guangzhou-talent-2012.txt')).toEqual([
      'zone:南沙新区“粤港澳人才合作特别示范区”',
      'industrial-park:广州开发区',
      'industrial-park:中国南方人才资源服务产业园',
    ]);
  });

  it('the others: none (立山经济开发区 stands only in markers and the header)', () => {
    expect(found('lishan-2023-fragment.txt')).toEqual([]);
    expect(found('sichuan-2022-circulation-fragment.txt')).toEqual([]);
    expect(found('state-council-2018-39-employment.txt')).toEqual([]);
  });
});
