// A notice read whole: the grammar (notice/parse.ts) and then the projects named in its items. Projects
// sit one floor above the grammar because they read its items and tasks.
import type { NoticeModel } from '../notice/model.ts';
import { parseNoticeStructure, type ParseOptions } from '../notice/parse.ts';
import { extractProjects } from './extract.ts';

export type { ParseOptions };

/** Bytes or text in, a NoticeModel out; never throws (see parseNoticeStructure). */
export function parseNotice(input: Uint8Array | string, options: ParseOptions = {}): NoticeModel {
  const model = parseNoticeStructure(input, options);
  if (model.items.length === 0) return model;
  const projects = extractProjects({ text: model.text, tasks: model.tasks, items: model.items });
  return { ...model, projects };
}
