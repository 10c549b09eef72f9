// Notice colours in the matrices with several notices in view: the agency × task matrix's section
// strips take their notice's colour, and in both matrices a bar beside each agency's name carries the
// colour of the notice that names it (the bridge colour when both do). One notice: none of it.
import { describe, expect, it } from 'vitest';
import { computeWorkload } from '../../analysis/workload.ts';
import { parseNotice } from '../../projects/parse-notice.ts';
import { mergeNotices } from '../../workspace/merge.ts';
import { asNoticeId } from '../../workspace/notice-id.ts';
import { ALL_NOTICES } from '../../workspace/scope.ts';
import { agencyTaskMatrix, coassignmentMatrix } from '../matrix.ts';
import { BRIDGE_COLOR, noticeColor } from '../notice-letters.ts';
import type { SceneMark } from '../scene.ts';
import { coassignmentScene } from './coassignment-scene.ts';
import { matrixScene } from './matrix-scene.ts';

const PORT = [
  '口岸分工方案',
  '一、推进改革',
  '（一）创新口岸管理。优化服务。（自治区商务厅牵头，满洲里海关配合）',
  '',
];
const TRADE = [
  '外贸分工方案',
  '一、扩大开放',
  '（一）提高外贸水平。优化服务。（自治区商务厅牵头，自治区财政厅配合）',
  '',
];
const models = [
  { id: asNoticeId('n1'), model: parseNotice(PORT.join('\n')) },
  { id: asNoticeId('n2'), model: parseNotice(TRADE.join('\n')) },
];

function matrices(count: number) {
  const model = mergeNotices(models.slice(0, count), ALL_NOTICES).model;
  const whole = agencyTaskMatrix(model, computeWorkload(model));
  return { whole, shared: coassignmentMatrix(model, whole) };
}

/** The colour of the bar beside each agency's name, by label. */
function bars(marks: readonly SceneMark[]): Map<string, string> {
  const names = marks.filter((m) => m.type === 'text' && m.ref?.kind === 'agency');
  const out = new Map<string, string>();
  for (const m of marks)
    if (m.type === 'rect' && m.width === 3) {
      const name = names.find((t) => t.type === 'text' && Math.abs(t.y - (m.y + m.height / 2)) < 1);
      if (name?.type === 'text') out.set(name.text, m.fill ?? '');
    }
  return out;
}

describe('notice colours in the matrices', () => {
  it('colours the section strips by notice in the agency × task matrix', () => {
    const { whole } = matrices(2);
    expect(whole.columns.map((c) => c.groupColor)).toEqual([noticeColor(0), noticeColor(1)]);
    const scene = matrixScene(whole, 'load');
    const strips = scene.layers.columnHeads.filter((m) => m.type === 'rect' && m.height === 5);
    expect(strips.map((m) => (m.type === 'rect' ? m.fill : ''))).toEqual([noticeColor(0), noticeColor(1)]);
  });

  it("marks each agency row with its notice's colour, the bridge colour when both name it", () => {
    const { whole, shared } = matrices(2);
    const expected = new Map([
      ['商务厅', BRIDGE_COLOR],
      ['满洲里海关', noticeColor(0)],
      ['财政厅', noticeColor(1)],
    ]);
    expect(bars(matrixScene(whole, 'load').layers.rowHeads)).toEqual(expected);
    expect(bars(coassignmentScene(shared, 'load').layers.rowHeads)).toEqual(expected);
  });

  it('adds nothing with one notice in view', () => {
    const { whole, shared } = matrices(1);
    expect(whole.columns.every((c) => c.groupColor === undefined)).toBe(true);
    expect(whole.rows.every((r) => r.noticeColor === undefined)).toBe(true);
    expect(bars(coassignmentScene(shared, 'load').layers.rowHeads).size).toBe(0);
  });
});
