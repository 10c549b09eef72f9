// Agency identity across notices, on invented names: the genre's spellings of one body are one; the
// same bare name in two cities' notices is two.
import { describe, expect, it } from 'vitest';
import { newAgency } from '../corrections/agency-identity.ts';
import { identityKey, issuerRegion, qualifiedName } from './agency-identity.ts';

const same = (x: string, y: string, rx: string | null = '青岭市', ry: string | null = rx) =>
  identityKey(newAgency(x), rx) === identityKey(newAgency(y), ry);

describe('issuerRegion', () => {
  it('reads the region an issuer speaks for', () => {
    expect(issuerRegion('内蒙古自治区人民政府办公厅')).toBe('内蒙古自治区');
    expect(issuerRegion('青岭市人民政府办公室')).toBe('青岭市');
    expect(issuerRegion('四川省发展和改革委员会')).toBe('四川省');
  });

  it('gives none for a central issuer or an unnamed place', () => {
    expect(issuerRegion('国务院')).toBeNull();
    expect(issuerRegion('国务院办公厅')).toBeNull();
    expect(issuerRegion('某市人民政府办公室')).toBeNull();
    expect(issuerRegion(null)).toBeNull();
  });
});

describe('qualifiedName', () => {
  it('writes the region into a name that gives only its level', () => {
    expect(qualifiedName(newAgency('市财政局'), '青岭市')).toBe('青岭市财政局');
    expect(qualifiedName(newAgency('自治区发展改革委'), '内蒙古自治区')).toBe('内蒙古自治区发展改革委');
    expect(qualifiedName(newAgency('财政局'), '青岭市')).toBe('青岭市财政局');
  });

  it('leaves names that name their place, central offices and collective actors', () => {
    expect(qualifiedName(newAgency('满洲里海关'), '内蒙古自治区')).toBe('满洲里海关');
    expect(qualifiedName(newAgency('财政部'), '青岭市')).toBe('财政部');
    expect(qualifiedName(newAgency('国家发展改革委'), '青岭市')).toBe('国家发展改革委');
    expect(qualifiedName(newAgency('各县区人民政府'), '青岭市')).toBe('各县区人民政府');
    expect(qualifiedName(newAgency('钦南市财政局'), '青岭市')).toBe('钦南市财政局');
  });
});

describe('identityKey', () => {
  it('makes the full, short and abbreviated names of one body one', () => {
    expect(same('市发改委', '市发展改革委')).toBe(true);
    expect(same('市发展改革委', '市发展和改革委员会')).toBe(true);
    expect(same('市人社局', '市人力资源和社会保障局')).toBe(true);
    expect(same('市住建局', '市住房和城乡建设局')).toBe(true);
    expect(same('市市场监管局', '市市场监督管理局')).toBe(true);
    expect(same('自治区发展改革委', '自治区发展和改革委员会', '内蒙古自治区')).toBe(true);
  });

  it("makes a name with its region and one without it one, in that region's notice", () => {
    expect(same('市财政局', '青岭市财政局')).toBe(true);
    expect(same('自治区商务厅', '内蒙古自治区商务厅', '内蒙古自治区')).toBe(true);
  });

  it("keeps two cities' bureaus apart", () => {
    expect(same('市财政局', '市财政局', '青岭市', '钦南市')).toBe(false);
    expect(same('市发改委', '市发展和改革委员会', '青岭市', '钦南市')).toBe(false);
  });

  it('keeps different bodies and levels apart', () => {
    expect(same('市财政局', '市税务局')).toBe(false);
    expect(same('国家发展改革委', '市发展改革委')).toBe(false);
    expect(same('市住建局', '市人社局')).toBe(false);
  });

  it('without any region, the same bare name is one', () => {
    expect(same('市财政局', '市财政局', null)).toBe(true);
  });
});
