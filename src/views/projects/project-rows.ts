// The projects table's rows: each project with its tasks' headings and the agencies that answer for
// it, ready to draw. Pure.
import { taskHeading } from '../../export/data/heading-labels.ts';
import type { Agency, NoticeModel, Project, ProjectKind, Role } from '../../notice/model.ts';
import { projectResponsibility } from '../../projects/responsibility.ts';

export interface ProjectRow {
  readonly project: Project;
  /** `（十三）完善欧亚陆路大通道建设` for each task that names it. */
  readonly tasks: readonly string[];
  /** Leads, then agencies responsible with no lead named. */
  readonly leads: readonly { readonly agency: Agency; readonly role: Role }[];
  readonly cooperators: readonly Agency[];
}

export function projectRows(model: NoticeModel, kinds: ReadonlySet<ProjectKind> | null): ProjectRow[] {
  const agencies = new Map(model.agencies.map((a) => [a.id, a]));
  const tasks = new Map(model.tasks.map((t) => [t.id, t]));
  const known = <T>(values: readonly (T | undefined)[]): T[] => values.filter((v) => v !== undefined);
  return model.projects
    .filter((p) => !kinds || kinds.has(p.kind))
    .map((project) => {
      const r = projectResponsibility(model, project);
      return {
        project,
        tasks: known(project.taskIds.map((id) => tasks.get(id))).map(taskHeading),
        leads: [
          ...known(r.leads.map((id) => agencies.get(id))).map((agency) => ({
            agency,
            role: 'lead' as const,
          })),
          ...known(r.responsible.map((id) => agencies.get(id))).map((agency) => ({
            agency,
            role: 'responsible' as const,
          })),
        ],
        cooperators: known(r.cooperators.map((id) => agencies.get(id))),
      };
    });
}

/** How many projects of each kind the notice names. */
export function kindCounts(model: NoticeModel): ReadonlyMap<ProjectKind, number> {
  const counts = new Map<ProjectKind, number>();
  for (const p of model.projects) counts.set(p.kind, (counts.get(p.kind) ?? 0) + 1);
  return counts;
}
