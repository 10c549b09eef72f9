// The gazetteer holds facts only: known places answer with plausible coordinates, others with null.
import { describe, expect, it } from 'vitest';
import { knownPlacePrefix, locate } from './gazetteer.ts';
import { trunkLineEnds } from '../projects/trunk-lines.ts';

describe('locate', () => {
  it('knows the towns of the Manzhouli corridor, with English names', () => {
    expect(locate('满洲里')).toEqual({ lon: 117.38, lat: 49.6, en: 'Manzhouli' });
    expect(locate('赤塔')?.en).toBe('Chita');
    expect(locate('红石')?.en).toBe('Krasnokamensk');
    expect(locate('乌兰巴托')?.en).toBe('Ulaanbaatar');
    expect(locate('大连')?.en).toBe('Dalian');
  });

  it('locates a banner at its seat', () => {
    expect(locate('新巴尔虎右旗')).toEqual(locate('阿拉坦额莫勒'));
    expect(locate('新巴尔虎左旗')).toEqual(locate('阿木古郎'));
    expect(locate('额尔古纳')).toEqual(locate('拉布大林'));
  });

  it('never invents a place it is not sure of', () => {
    for (const place of ['伊尔施', '阿日哈沙特', '黑山头', '室韦', '二卡', '阿巴该图', '肯特山', '二子湖']) {
      expect(locate(place)).toBeNull();
    }
    expect(locate('')).toBeNull();
  });

  it('keeps every place in the region, to two decimals, in the order [lon, lat] of east and north', () => {
    const names = ['满洲里', '海拉尔', '齐齐哈尔', '哈尔滨', '天津', '伊尔库茨克', '乔巴山', '呼伦湖'];
    for (const name of names) {
      const at = locate(name);
      expect(at, name).not.toBeNull();
      expect(at!.lon).toBeGreaterThan(100);
      expect(at!.lon).toBeLessThan(135);
      expect(at!.lat).toBeGreaterThan(38);
      expect(at!.lat).toBeLessThan(53);
      expect(Math.round(at!.lon * 100) / 100).toBe(at!.lon);
    }
  });

  it('finds the known place a name begins with, the longest one', () => {
    expect(knownPlacePrefix('满洲里西郊')).toBe('满洲里');
    expect(knownPlacePrefix('新巴尔虎右旗')).toBe('新巴尔虎右旗');
    expect(knownPlacePrefix('满西')).toBeNull();
  });
});

describe('trunkLineEnds', () => {
  it('reads a line named by the abbreviations of its ends', () => {
    expect(trunkLineEnds('滨州')).toEqual(['哈尔滨', '满洲里']);
    expect(trunkLineEnds('绥满')).toEqual(['绥芬河', '满洲里']);
    expect(trunkLineEnds('满西')).toBeNull();
  });
});
