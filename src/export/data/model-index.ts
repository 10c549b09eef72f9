// Id → record lookups over a NoticeModel, built once per export instead of searching arrays per row.
// Lookups take plain strings too, because graph data (src/graph) carries ids as strings.
import type { Agency, NoticeModel, Section, Task } from '../../notice/model.ts';

export interface ModelIndex {
  section(id: string | null): Section | null;
  task(id: string | null): Task | null;
  agency(id: string): Agency | null;
}

export function indexModel(model: NoticeModel): ModelIndex {
  const sections = new Map<string, Section>(model.sections.map((s) => [s.id, s]));
  const tasks = new Map<string, Task>(model.tasks.map((t) => [t.id, t]));
  const agencies = new Map<string, Agency>(model.agencies.map((a) => [a.id, a]));
  return {
    section: (id) => (id === null ? null : (sections.get(id) ?? null)),
    task: (id) => (id === null ? null : (tasks.get(id) ?? null)),
    agency: (id) => agencies.get(id) ?? null,
  };
}
