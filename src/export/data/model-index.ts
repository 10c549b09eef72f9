// Id → record lookups over a NoticeModel, built once per export instead of searching arrays per row.
import type { Agency, AgencyId, NoticeModel, Section, SectionId, Task, TaskId } from '../../notice/model.ts';

export interface ModelIndex {
  section(id: SectionId | null): Section | null;
  task(id: TaskId | null): Task | null;
  agency(id: AgencyId): Agency | null;
}

export function indexModel(model: NoticeModel): ModelIndex {
  const sections = new Map(model.sections.map((s) => [s.id, s]));
  const tasks = new Map(model.tasks.map((t) => [t.id, t]));
  const agencies = new Map(model.agencies.map((a) => [a.id, a]));
  return {
    section: (id) => (id === null ? null : (sections.get(id) ?? null)),
    task: (id) => (id === null ? null : (tasks.get(id) ?? null)),
    agency: (id) => agencies.get(id) ?? null,
  };
}
