// The projects table: kind, name (and the places it runs through), the task that names it, the lead
// agency and the cooperating agencies. A row click selects the project everywhere; the side panel then
// shows the sentence that names it.
import { useLang, useMessages } from '../i18n/lang-context.tsx';
import { useEffect, useRef, type CSSProperties } from 'react';
import { PROJECT_KIND_APPEARANCE } from '../../graph/appearance.ts';
import type { ProjectId } from '../../notice/model.ts';
import { AgencyChip } from '../AgencyChip.tsx';
import type { ProjectRow } from './project-rows.ts';

interface Props {
  readonly rows: readonly ProjectRow[];
  readonly selected: string | null;
  readonly onPick: (project: ProjectId) => void;
}

export function ProjectTable({ rows, selected, onPick }: Props) {
  const m = useMessages();
  const { lang } = useLang();
  const body = useRef<HTMLTableSectionElement>(null);
  // Selected elsewhere (the map, the graph, the address): bring its row into view.
  useEffect(() => {
    if (!selected) return;
    const row = body.current?.querySelector(`tr[data-project="${CSS.escape(selected)}"]`);
    row?.scrollIntoView({ block: 'nearest' });
  }, [selected]);
  return (
    <table className="project-table">
      <colgroup>
        <col className="is-kind" />
        <col className="is-name" />
        <col className="is-task" />
        <col className="is-lead" />
        <col />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">{m.projects.heads.kind}</th>
          <th scope="col">{m.projects.heads.project}</th>
          <th scope="col">{m.projects.heads.task}</th>
          <th scope="col">{m.projects.heads.lead}</th>
          <th scope="col">{m.projects.heads.cooperating}</th>
        </tr>
      </thead>
      <tbody ref={body}>
        {rows.map(({ project, tasks, leads, cooperators }) => {
          const { color, label } = PROJECT_KIND_APPEARANCE[project.kind];
          const isSelected = project.id === selected;
          return (
            <tr
              key={project.id}
              data-project={project.id}
              data-kind={project.kind}
              aria-selected={isSelected}
              className={isSelected ? 'is-selected' : undefined}
              onClick={() => onPick(project.id)}
            >
              <td className="project-kind-cell">
                <span className="project-kind-tag" style={{ '--kind': color } as CSSProperties}>
                  {label[lang]}
                </span>
              </td>
              <td className="project-name-cell">
                <button type="button" onClick={() => onPick(project.id)} aria-pressed={isSelected}>
                  {project.name}
                </button>
                {project.places.length > 1 ? (
                  <span className="project-places">{project.places.join(' → ')}</span>
                ) : null}
              </td>
              <td className="project-task-cell">
                {tasks.map((t) => (
                  <span key={t}>{t}</span>
                ))}
              </td>
              <td className="project-agencies">
                {leads.map(({ agency, role }) => (
                  <AgencyChip key={agency.id} agency={agency} role={role} />
                ))}
              </td>
              <td className="project-agencies">
                {cooperators.map((agency) => (
                  <AgencyChip key={agency.id} agency={agency} role="cooperate" />
                ))}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
