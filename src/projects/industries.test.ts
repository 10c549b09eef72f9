// The industries a task develops: sector titles under an industry task, and nothing else.
import { describe, expect, it } from 'vitest';
import { industryOf } from './industries.ts';

const factoryTask = { title: '建设进出口加工制造基地' };

describe('industryOf', () => {
  it('takes the sector titles under a task that builds a manufacturing base', () => {
    for (const title of [
      '木材精深加工',
      '矿产资源加工',
      '农畜产品加工',
      '轻工纺织',
      '新型建材',
      '机械电子',
    ]) {
      expect(industryOf({ title }, factoryTask)).toBe(title);
    }
    expect(industryOf({ title: '乳制品' }, { title: '大力发展农畜产品加工产业' })).toBe('乳制品');
  });

  it('leaves action and system titles alone', () => {
    for (const title of [
      '促进贸易企业集团化发展',
      '信息化建设',
      '水资源供应',
      '加强招商引资',
      '供热、燃气供应',
    ]) {
      expect(industryOf({ title }, factoryTask)).toBeNull();
    }
  });

  it('leaves titles alone under tasks that develop no industry', () => {
    expect(industryOf({ title: '城市道路' }, { title: '完善城市基础设施' })).toBeNull();
    expect(industryOf({ title: '铁路建设' }, { title: '完善欧亚陆路大通道建设' })).toBeNull();
    expect(industryOf({ title: '木材精深加工' }, undefined)).toBeNull();
    expect(industryOf({ title: null }, factoryTask)).toBeNull();
  });
});
