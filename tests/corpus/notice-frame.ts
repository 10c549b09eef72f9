// The frame around a notice's body: title line, publication date, addressees, the forwarding
// sentence, signature and the plan's own title, in the forms the genre uses.
import type { Jurisdiction } from './agency-pool.ts';
import type { Random } from './prng.ts';
import { planTopic } from './prose.ts';

export interface NoticeFrame {
  readonly title: string;
  readonly issuer: string;
  /** ISO date. */
  readonly published: string;
  readonly year: number;
  /** The plan the notice distributes, without 《》. */
  readonly plan: string;
  readonly headLines: readonly string[];
}

const ADDRESSEES: Readonly<Record<Jurisdiction['level'], string>> = {
  central: '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：',
  province: '各市（州）人民政府，省政府各部门、各直属机构：',
  'autonomous-region': '各盟行政公署、市人民政府，自治区各委、办、厅、局，各大企业、事业单位：',
  city: '各区、县级市人民政府，市政府各部门、各直属机构：',
  district: '各街道办事处，{P}政府各部门，各有关单位：',
};

function issuerOf(j: Jurisdiction): string {
  if (j.level === 'central') return '国务院办公厅';
  return `${j.place}人民政府${j.level === 'district' ? '办公室' : '办公厅'}`;
}

function planName(random: Random, j: Jurisdiction, year: number): string {
  const topic = planTopic(random);
  return random.pick([
    `${j.place}${topic}总体规划`,
    `关于加快${topic}的实施意见`,
    `${j.place}“十四五”${topic}规划`,
    `${year}年政府工作报告`,
  ]);
}

export function writeFrame(random: Random, j: Jurisdiction, indent: string): NoticeFrame {
  const year = random.int(2012, 2024);
  const [month, day] = [random.int(1, 12), random.int(1, 28)];
  const published = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const issuer = issuerOf(j);
  const plan = planName(random, j, year);
  const title = `${issuer}关于印发《${plan}》重点工作分工方案的通知`;
  const government = j.level === 'central' ? '国务院' : `${j.place}人民政府`;
  const headLines = [
    title,
    ...(random.chance(0.5) ? [`发布日期:${published}来源：${issuer}`] : []),
    ADDRESSEES[j.level].replace('{P}', j.prefix),
    `${indent}经${government}同意，现将《〈${plan}〉重点工作分工方案》印发给你们，请结合实际，认真组织实施。`,
    ...(random.chance(0.5) ? [issuer] : []),
    `${year}年${month}月${day}日`,
    `《${plan}》重点工作分工方案`,
    `${indent}为贯彻落实《${plan}》（以下简称《规划》）提出的各项重点任务，根据各有关部门和单位职能职责，现提出如下分工方案。`,
  ];
  return { title, issuer, published, year, plan, headLines };
}
