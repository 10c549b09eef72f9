import { describe, expect, it } from 'vitest';
import { computeWorkload } from '../analysis/workload.ts';
import { parseNotice } from '../projects/parse-notice.ts';
import { mergeNotices } from '../workspace/merge.ts';
import { asNoticeId } from '../workspace/notice-id.ts';
import { ALL_NOTICES } from '../workspace/scope.ts';
import { agencyTaskMatrix } from './matrix.ts';
import { agencyTaskNetwork } from './network.ts';
import {
  agencyNoticeColors,
  BRIDGE_COLOR,
  letterOf,
  noticeColor,
  noticeColouring,
  noticeLetter,
  noticeLetters,
  taggedNumber,
} from './notice-letters.ts';
import { taskLabelLines } from './label-text.ts';

const notice = (title: string, task: string) =>
  [`${title}分工方案`, '一、推进改革', `（一）${task}。优化服务。（自治区商务厅牵头）`, ''].join('\n');

const models = [
  { id: asNoticeId('n7'), model: parseNotice(notice('口岸', '创新口岸管理')) },
  { id: asNoticeId('n2'), model: parseNotice(notice('外贸', '提高外贸水平')) },
];

describe('notice letters', () => {
  it('letters notices in the order the union lays them, and none for one notice', () => {
    const both = mergeNotices(models, ALL_NOTICES).model;
    expect([...noticeLetters(both)]).toEqual([
      ['n7', 'A'],
      ['n2', 'B'],
    ]);
    expect(letterOf(noticeLetters(both), 'n2/task-1')).toBe('B');
    expect(noticeLetters(mergeNotices(models.slice(0, 1), ALL_NOTICES).model).size).toBe(0);
    expect([0, 25, 26, 27, 701].map(noticeLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ']);
    expect(taggedNumber(null, 3)).toBe('3');
  });

  it('numbers tasks and sections apart in the network, the matrix heads and the task boxes', () => {
    const both = mergeNotices(models, ALL_NOTICES).model;
    const network = agencyTaskNetwork(both, computeWorkload(both));
    const tasks = network.nodes.filter((n) => n.kind === 'task').map((n) => n.label);
    expect(tasks).toEqual(['（A·1）创新口岸管理', '（B·1）提高外贸水平']);
    expect(network.nodes.filter((n) => n.kind === 'section').map((n) => n.label)).toEqual([
      'A·1. 推进改革',
      'B·1. 推进改革',
    ]);
    expect(taskLabelLines(tasks[1] ?? '')[0]).toBe('B·1 提高外贸水平');
    const matrix = agencyTaskMatrix(both, computeWorkload(both), 'task');
    expect(matrix.columns.map((c) => [c.label, c.groupLabel])).toEqual([
      ['A·1', 'A·1. 推进改革'],
      ['B·1', 'B·1. 推进改革'],
    ]);
  });
});

describe('colouring agencies by notice', () => {
  it("gives an agency its notice's colour, and one named in both the bridge colour", () => {
    const third = {
      id: asNoticeId('n3'),
      model: parseNotice(notice('口岸', '创新口岸管理').replace('自治区商务厅牵头', '满洲里海关牵头')),
    };
    const model = mergeNotices([...models, third], ALL_NOTICES).model;
    const colours = agencyNoticeColors(model);
    expect(colours.get('ag:自治区商务厅')).toBe(BRIDGE_COLOR);
    expect(colours.get('ag:满洲里海关')).toBe(noticeColor(2));
    const { notices } = noticeColouring(model, new Map([['n2', '外贸 2020']]));
    expect(notices.map((n) => [n.letter, n.label])).toEqual([
      ['A', ''],
      ['B', '外贸 2020'],
      ['C', ''],
    ]);
    expect(agencyNoticeColors(models[0]!.model).size).toBe(0);
  });
});
