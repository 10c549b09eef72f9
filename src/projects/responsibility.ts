// Who answers for a project: the agencies of the items that name it. An agency that leads one such
// item and cooperates in another is a lead; cooperating agencies are listed once, after the leads.
import type { AgencyId, NoticeModel, Project } from '../notice/model.ts';

export interface ProjectResponsibility {
  readonly leads: readonly AgencyId[];
  readonly cooperators: readonly AgencyId[];
  /** Named with no lead/cooperate distinction (`（A、B负责）`). */
  readonly responsible: readonly AgencyId[];
}

export function projectResponsibility(
  model: Pick<NoticeModel, 'items'>,
  project: Pick<Project, 'itemIds'>,
): ProjectResponsibility {
  const wanted = new Set<string>(project.itemIds);
  const items = model.items.filter((a) => wanted.has(a.id));
  const leads = unique(items.flatMap((a) => a.leads));
  const responsible = unique(items.flatMap((a) => a.responsible)).filter((id) => !leads.includes(id));
  const cooperators = unique(items.flatMap((a) => a.cooperators)).filter(
    (id) => !leads.includes(id) && !responsible.includes(id),
  );
  return { leads, cooperators, responsible };
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
