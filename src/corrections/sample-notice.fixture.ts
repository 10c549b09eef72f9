// A small notice for the corrections tests: two sections, four items, an agency written two ways
// (自治区发改委 / 自治区发展改革委), a bare 海关 beside 满洲里海关, and a generic actor (各盟市).
import type { AgencyId, ItemId, NoticeModel } from '../notice/model.ts';
import { parseNotice } from '../projects/parse-notice.ts';

export const SAMPLE_TEXT = [
  '自治区人民政府办公厅关于印发重点工作分工方案的通知',
  '一、推进改革',
  '（一）创新口岸管理。优化通关服务。（自治区商务厅牵头，满洲里海关、自治区财政厅配合）',
  '（二）拓展金融业务。鼓励金融创新。（自治区发改委、自治区财政厅负责）',
  '二、扩大开放',
  '（三）提高外贸水平。稳定外贸。（自治区发展改革委牵头，海关、各盟市配合）',
  '（四）建设物流园区。完善设施。（海关牵头，自治区商务厅配合）',
  '',
].join('\n');

export function sampleModel(text = SAMPLE_TEXT): NoticeModel {
  return parseNotice(text);
}

export const ag = (name: string) => `ag:${name}` as AgencyId;
export const item = (n: number) => `item-${n}` as ItemId;

/** Role lists of each item by agency name, for assertions a reader can check against the text. */
export function rolesByName(model: NoticeModel) {
  const name = (id: AgencyId) => model.agencies.find((a) => a.id === id)?.name ?? `?${id}`;
  return model.items.map((a) => ({
    leads: a.leads.map(name),
    cooperators: a.cooperators.map(name),
    responsible: a.responsible.map(name),
  }));
}

/** Freeze a model all the way down, so a test fails if anything writes to it. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
