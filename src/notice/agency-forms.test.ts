import { describe, expect, it } from 'vitest';
import { agencyForm, sameBody } from './agency-forms.ts';

describe('sameBody', () => {
  it.each([
    ['市发展和改革委员会', '市发展改革委'],
    ['市发展改革委', '市发改委'],
    ['区人力资源和社会保障局', '区人社局'],
    ['县住房和城乡建设局', '县住建局'],
    ['省市场监督管理局', '省市场监管局'],
    ['市自然资源和规划局', '市资源规划局'],
    ['市工业和信息化局', '市工信局'],
    ['市文化和旅游局', '市文旅局'],
    ['自治区卫生健康委员会', '自治区卫健委'],
    ['市地方金融监督管理局', '市金融工作局'],
    ['市住房公积金管理中心', '市公积金中心'],
  ])('reads %s and %s as one body', (a, b) => {
    expect(sameBody(a, b)).toBe(true);
  });

  it.each([
    ['市财政局', '区财政局', 'another government'],
    ['市财政局', '市税务局', 'another field'],
    ['市发展改革委', '市发展改革委', 'the same spelling'],
    ['市商务局', '市商务厅', 'another kind of body'],
    ['市交通运输局', '市公安局', 'another field'],
  ])('tells %s from %s (%s)', (a, b) => {
    expect(sameBody(a, b)).toBe(false);
  });

  it('keeps the region prefix in the form', () => {
    expect(agencyForm('宿州市人社局')).toBe('宿州市|人社局');
  });
});
