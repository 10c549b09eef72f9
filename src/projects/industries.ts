// The industries a task develops. Under a task titled like 建设进出口加工制造基地 or 发展…产业, the
// genre gives each industry an item whose short title names the sector (木材精深加工, 轻工纺织,
// 机械电子) and whose text says how to develop it. A short title that names an action instead
// (促进…, 加快…, 信息化建设) or a system (…体系, …机制) is no industry.
import type { Assignment, Task } from '../notice/model.ts';
import { words } from './lexicon.ts';

/** A task that develops industries: it speaks of manufacturing or industry, and ends in a base,
 *  an industry, a cluster or a system of them. */
function developsIndustries(title: string): boolean {
  return /加工|制造|产业|工业/.test(title) && /(基地|产业|产业集群|产业体系|工业)$/.test(title);
}

/** Verbs the genre's item titles begin with when they name an action, not a sector. */
const ACTION_STARTS = words(`
  促进 推进 推动 加快 加强 加大 提高 提升 完善 建设 建立 发展 大力 积极 着力 深化 拓展 拓宽 优化 转变
  扩大 实施 保障 构建 节约 开展 强化 严格 培育 打造 创新 支持 鼓励 引导 规范 做强 壮大 做大 培养 实现`);

/** Endings of titles that name an activity or a system, not a sector. */
const NON_SECTOR_ENDS = words('建设 供应 处理 管理 服务 改革 机制 体系 环境 水平 政策 工作 合作');

function namesSector(title: string): boolean {
  if (title.length < 2 || title.length > 8 || /[、，,；]/.test(title)) return false;
  return !ACTION_STARTS.some((w) => title.startsWith(w)) && !NON_SECTOR_ENDS.some((w) => title.endsWith(w));
}

/** The industry an item names, or null. */
export function industryOf(
  item: Pick<Assignment, 'title'>,
  task: Pick<Task, 'title'> | undefined,
): string | null {
  const title = item.title;
  if (!title || !task || !developsIndustries(task.title)) return null;
  return namesSector(title) ? title : null;
}
