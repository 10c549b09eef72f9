// The marker grammar on the genre's forms, one at a time.
import { describe, expect, it } from 'vitest';
import { readMarker } from './marker.ts';

function read(content: string, leadRuleInForce = false) {
  const reading = readMarker(content, 0, { leadRuleInForce });
  const of = (role: string) => reading.roles.filter((r) => r.role === role).map((r) => r.agency.name);
  return { ...reading, leads: of('lead'), cooperators: of('cooperate'), responsible: of('responsible') };
}

describe('readMarker', () => {
  it('reads verbs after lists: 牵头 and 配合, with the 等部门 tail dropped', () => {
    const r = read(
      '自治区商务厅牵头，满洲里海关、内蒙古出入境检验检疫局，自治区外事办、交通运输厅等部门配合',
    );
    expect(r.leads).toEqual(['自治区商务厅']);
    expect(r.cooperators).toEqual([
      '满洲里海关',
      '内蒙古出入境检验检疫局',
      '自治区外事办',
      '自治区交通运输厅',
    ]);
  });

  it('carries a prefix over a 、-run: 内蒙古银监局、保监局、证监局', () => {
    expect(read('自治区金融办牵头，内蒙古银监局、保监局、证监局等部门配合').cooperators).toEqual([
      '内蒙古银监局',
      '内蒙古保监局',
      '内蒙古证监局',
    ]);
  });

  it('keeps the mention spans of names as written', () => {
    const content = '自治区外事办、交通运输厅等部门配合';
    const r = readMarker(content, 100, { leadRuleInForce: false });
    const transport = r.roles[1]?.agency;
    expect(transport?.name).toBe('自治区交通运输厅');
    expect(content.slice((transport?.start ?? 0) - 100, (transport?.end ?? 0) - 100)).toBe('交通运输厅');
  });

  it('reads several leads and keeps their condition as a note', () => {
    const r = read('内蒙古国税局、自治区地税局按照各自征管范围分别牵头，自治区财政厅、发展改革委等部门配合');
    expect(r.leads).toEqual(['内蒙古国税局', '自治区地税局']);
    expect(r.cooperators).toEqual(['自治区财政厅', '自治区发展改革委']);
    expect(r.notes).toEqual(['按照各自征管范围分别牵头']);
  });

  it('reads A、B牵头 as two leads', () => {
    expect(read('省发展改革委、省财政厅牵头，省商务厅配合').leads).toEqual(['省发展改革委', '省财政厅']);
  });

  it('reads labels before lists', () => {
    const r = read('牵头单位：市发展改革委，配合单位：市委组织部、市人力资源和社会保障局，各区、县级市');
    expect(r.leads).toEqual(['市发展改革委']);
    expect(r.cooperators).toEqual(['市委组织部', '市人力资源和社会保障局', '各区、县级市']);
  });

  it('reads 牵头责任单位 and 责任单位 beside a lead label as cooperators', () => {
    const r = read('牵头责任单位：省教育厅；责任单位：省财政厅、省人力资源社会保障厅');
    expect(r.leads).toEqual(['省教育厅']);
    expect(r.cooperators).toEqual(['省财政厅', '省人力资源社会保障厅']);
  });

  it('reads 责任单位 alone as responsible, with no lead', () => {
    const r = read('责任单位:省发展改革委、省市场监管局、商务厅、省大数据中心按职责分工负责');
    expect(r.leads).toEqual([]);
    expect(r.responsible).toEqual(['省发展改革委', '省市场监管局', '省商务厅', '省大数据中心']);
  });

  it('reads 部门分工 with verbs inside', () => {
    const r = read('部门分工：省发展改革委牵头，省财政厅、省商务厅配合');
    expect(r.leads).toEqual(['省发展改革委']);
    expect(r.cooperators).toEqual(['省财政厅', '省商务厅']);
  });

  it('reads A、B负责 as all responsible when no rule names a lead', () => {
    const r = read('财政部、工业和信息化部、人民银行负责');
    expect(r.leads).toEqual([]);
    expect(r.responsible).toEqual(['财政部', '工业和信息化部', '人民银行']);
  });

  it('makes the first-listed the lead when the rule is stated, and says so', () => {
    const r = read('人力资源社会保障部、财政部负责。列第一位者为牵头单位，下同');
    expect(r.statesLeadRule).toBe('列第一位者为牵头单位');
    expect(r.leads).toEqual(['人力资源社会保障部']);
    expect(r.cooperators).toEqual(['财政部']);
    expect(r.standingRule).toBeNull();
  });

  it('recognises other wordings of the lead rule', () => {
    expect(read('省民政厅、省财政厅负责，排在第一位的为牵头单位').leads).toEqual(['省民政厅']);
    expect(read('省民政厅、省财政厅负责，第一个单位为牵头单位').leads).toEqual(['省民政厅']);
  });

  it('applies a rule in force from an earlier marker', () => {
    const r = read('财政部、人力资源社会保障部、人民银行、银保监会负责', true);
    expect(r.leads).toEqual(['财政部']);
    expect(r.cooperators).toEqual(['人力资源社会保障部', '人民银行', '银保监会']);
  });

  it('reads 会同: the first leads, those it works with cooperate', () => {
    const r = read('省商务厅会同省发展改革委、省财政厅负责');
    expect(r.leads).toEqual(['省商务厅']);
    expect(r.cooperators).toEqual(['省发展改革委', '省财政厅']);
  });

  it('reads 按职责分工负责 as responsible with no lead, generic actors kept and marked', () => {
    const r = read('各有关部门和单位，各省级人民政府按职责分工负责');
    expect(r.responsible).toEqual(['各有关部门和单位', '各省级人民政府']);
  });

  it('keeps a deadline out of the agencies', () => {
    const r = read('市发展改革委牵头，市财政局配合，2025年底前完成');
    expect(r.leads).toEqual(['市发展改革委']);
    expect(r.cooperators).toEqual(['市财政局']);
    expect(r.deadline).toBe('2025年底前完成');
    expect(read('省交通运输厅牵头，持续推进').deadline).toBe('持续推进');
  });

  it('keeps a standing rule as a note', () => {
    const r = read('责任单位:省市场监管局。具体任务均涉及相关市(州)人民政府,不再做分工,下同。');
    expect(r.responsible).toEqual(['省市场监管局']);
    expect(r.standingRule).toBe('具体任务均涉及相关市(州)人民政府,不再做分工');
  });

  it('does not read a name that contains 牵头单位 as a verb', () => {
    const r = read('牵头单位：市委组织部，配合单位：各项目牵头单位，各区、县级市');
    expect(r.cooperators).toEqual(['各项目牵头单位', '各区、县级市']);
  });

  it('reports a role word with no agency', () => {
    const r = read('牵头，省财政厅配合');
    expect(r.emptyRoles.map((e) => e.word)).toEqual(['牵头']);
    expect(r.cooperators).toEqual(['省财政厅']);
  });

  it('accepts half-width punctuation', () => {
    const r = read('牵头单位:区财政局;责任单位:立山经济开发区,各街道,税务局');
    expect(r.leads).toEqual(['区财政局']);
    expect(r.cooperators).toEqual(['立山经济开发区', '各街道', '区税务局']);
  });

  it.each([
    ['市委组织部、市民政局、水务局负责', ['市委组织部', '市民政局', '市水务局']],
    ['市气象局、市城市管理局、公安局负责', ['市气象局', '市城市管理局', '市公安局']],
    [
      '省知识产权局，国网河北省电力公司、河北银保监局负责',
      ['省知识产权局', '国网河北省电力公司', '河北银保监局'],
    ],
    [
      '国家发展改革委、商务部、审计署、市场监管总局负责',
      ['国家发展改革委', '商务部', '审计署', '市场监管总局'],
    ],
    ['省供销社、妇联、科协、气象局负责', ['省供销社', '省妇联', '省科协', '省气象局']],
    ['市发展改革委、团市委负责', ['市发展改革委', '团市委']],
  ])('carries prefixes by the rules of official naming: %s', (content, names) => {
    expect(read(content).responsible).toEqual(names);
  });

  it('reads a deadline with 月底 and 完成', () => {
    const r = read('区退役军人事务局牵头，区商务局、体育局等单位配合，2017年11月底前完成');
    expect(r.deadline).toBe('2017年11月底前完成');
    expect(r.cooperators).toEqual(['区商务局', '区体育局']);
  });
});
