// Property tests: whatever the input — random text, random bytes, a mutilated notice — the parser
// returns a coherent model and never throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NoticeModel } from '../../src/notice/model.ts';
import { parseNotice } from '../../src/projects/parse-notice.ts';
import { seedText } from '../support/seed.ts';

const seed = seedText();

function checkModel(model: NoticeModel): void {
  const length = model.text.length;
  const inRange = (s: { start: number; end: number }) => {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeGreaterThanOrEqual(s.start);
    expect(s.end).toBeLessThanOrEqual(length);
  };
  const agencies = new Set(model.agencies.map((a) => a.id));
  const tasks = new Set(model.tasks.map((t) => t.id));
  const sections = new Set(model.sections.map((s) => s.id));
  expect(agencies.size).toBe(model.agencies.length);
  model.sections.forEach(inRange);
  for (const t of model.tasks) {
    inRange(t);
    if (t.sectionId !== null) expect(sections.has(t.sectionId)).toBe(true);
  }
  for (const a of model.items) {
    inRange(a);
    inRange(a.marker);
    if (a.taskId !== null) expect(tasks.has(a.taskId)).toBe(true);
    for (const id of [...a.leads, ...a.cooperators, ...a.responsible]) expect(agencies.has(id)).toBe(true);
    for (const m of a.mentions) {
      inRange(m);
      expect(agencies.has(m.agencyId)).toBe(true);
    }
  }
  for (const d of model.diagnostics) {
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.message.length).toBeGreaterThan(0);
  }
}

/** Characters the genre's grammar turns on, so random text reaches its corners. */
const grammarChar = fc.constantFrom(
  ...'（）()〔〕[]【】、，,；;：:。\n\r\t 　一二三十1.牵头配合负责会同单位部门责任等各自治区省市厅局委办海关下同列第位为年底前'.split(
    '',
  ),
);
const noticeLike = fc
  .array(fc.oneof(grammarChar, fc.string({ maxLength: 3 })), { maxLength: 400 })
  .map((parts) => parts.join(''));

type Mutation = {
  kind: 'delete' | 'insert' | 'duplicate' | 'truncate';
  at: number;
  length: number;
  text: string;
};
const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('delete', 'insert', 'duplicate', 'truncate'),
  at: fc.nat({ max: seed.length }),
  length: fc.nat({ max: 400 }),
  text: fc.oneof(
    fc.constantFrom(
      '（',
      '）',
      '牵头',
      '配合）',
      '\n',
      '（一）',
      '一、',
      '〔责任单位:',
      '列第一位者为牵头单位，下同',
    ),
    fc.string(),
  ),
});

function mutate(text: string, m: Mutation): string {
  switch (m.kind) {
    case 'delete':
      return text.slice(0, m.at) + text.slice(m.at + m.length);
    case 'insert':
      return text.slice(0, m.at) + m.text + text.slice(m.at);
    case 'duplicate':
      return text.slice(0, m.at + m.length) + text.slice(m.at, m.at + m.length) + text.slice(m.at + m.length);
    case 'truncate':
      return text.slice(0, m.at);
  }
}

describe('parseNotice never throws and stays coherent', () => {
  it('on random notice-like text', () => {
    fc.assert(
      fc.property(noticeLike, (text) => checkModel(parseNotice(text))),
      { numRuns: 400 },
    );
  });

  it('on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => checkModel(parseNotice(bytes))),
      {
        numRuns: 300,
      },
    );
  });

  it('on the seed notice mutated: cut, spliced, duplicated, truncated', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (mutations) => {
        checkModel(parseNotice(mutations.reduce(mutate, seed)));
      }),
      { numRuns: 150 },
    );
  });

  it('on a huge input (the seed repeated to ~10 MB)', () => {
    const huge = seed.repeat(200);
    const model = parseNotice(huge);
    checkModel(model);
    expect(model.items).toHaveLength(77 * 200);
    expect(model.agencies).toHaveLength(45);
  });

  it('on a single enormous line with unbalanced brackets', () => {
    checkModel(parseNotice('（'.repeat(50_000) + '牵头' + '）'.repeat(20_000)));
  });
});
