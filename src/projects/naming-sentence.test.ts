import { describe, expect, it } from 'vitest';
import { nameSpan, namingSentence } from './naming-sentence.ts';

const RAIL =
  '铁路建设。推动满洲里 —俄罗斯赤塔电气化铁路建设和滨州铁路电气化改造，规划研究满洲里 —齐齐哈尔铁路客运专线；加快建设满洲里 —伊尔施铁路，贯通满洲里至大连港出海通道。';

describe('namingSentence', () => {
  it('picks the sentence that names the project, spaces and countries aside', () => {
    expect(namingSentence(RAIL, '满洲里—伊尔施铁路')).toBe(
      '加快建设满洲里 —伊尔施铁路，贯通满洲里至大连港出海通道。',
    );
    expect(namingSentence(RAIL, '满洲里—俄罗斯赤塔电气化铁路')).toBe(
      '推动满洲里 —俄罗斯赤塔电气化铁路建设和滨州铁路电气化改造，规划研究满洲里 —齐齐哈尔铁路客运专线；',
    );
  });

  it('gives the whole paragraph when only its title names the project, or nothing does', () => {
    const industry = '木材精深加工。依托进口木材资源，发展高端家具和木结构建筑构件。';
    expect(namingSentence(industry, '木材精深加工')).toBe(industry);
    expect(namingSentence(RAIL, '天津机场')).toBe(RAIL);
  });
});

describe('nameSpan', () => {
  it('finds the name as written, a space inside it allowed', () => {
    const s = '加快建设满洲里 —伊尔施铁路，贯通';
    const span = nameSpan(s, '满洲里—伊尔施铁路');
    expect(span && s.slice(span.start, span.end)).toBe('满洲里 —伊尔施铁路');
    expect(nameSpan(s, '大连港')).toBeNull();
  });

  it('takes names with pattern characters literally', () => {
    expect(nameSpan('建设“三北”防护林(一期)工程', '防护林(一期)')).toEqual({ start: 6, end: 13 });
  });
});
