// Two small notices for the workspace helpers' tests: the same agencies named in both, one only in each.
import { parseNotice } from '../projects/parse-notice.ts';
import type { AgencyId, NoticeModel } from '../notice/model.ts';
import { asNoticeId, type NoticeId } from '../workspace/notice-id.ts';

export const PORTS = [
  '自治区人民政府办公厅关于印发口岸建设分工方案的通知',
  '一、推进改革',
  '（一）创新口岸管理。优化通关服务。（自治区商务厅牵头，满洲里海关、自治区财政厅配合）',
  '（二）拓展金融业务。鼓励金融创新。（自治区财政厅负责）',
  '',
].join('\n');

export const TRADE = [
  '自治区人民政府办公厅关于印发外贸发展分工方案的通知',
  '一、扩大开放',
  '（一）提高外贸水平。稳定外贸。（自治区商务厅牵头，自治区发展改革委配合）',
  '',
].join('\n');

export const N1 = asNoticeId('n1');
export const N2 = asNoticeId('n2');

export const ag = (name: string) => `ag:${name}` as AgencyId;

export function twoNotices(): Map<NoticeId, NoticeModel> {
  return new Map([
    [N1, parseNotice(PORTS)],
    [N2, parseNotice(TRADE)],
  ]);
}
