// The header of what is in view: one notice's own header, or for several the notices' names and the
// counts of the merged model (an agency named in two notices counted once).
import { useAtlas } from '../atlas.tsx';
import { NoticeHeader } from '../NoticeHeader.tsx';
import { ReadingStatus } from '../ReadingStatus.tsx';
import { useWorkspace } from './workspace-context.tsx';
import '../NoticeHeader.css';

const NAMES_SHOWN = 3;

export function ScopeHeader() {
  const { model, workspace } = useAtlas();
  const { notices } = useWorkspace();
  const parts = workspace.parts;
  if (parts.length === 1) return <NoticeHeader model={model} />;
  const names = parts.map((p) => notices.find((n) => n.id === p.id)?.name ?? p.notice.title);
  const counts: [number, string][] = [
    [model.sections.length, 'sections'],
    [model.tasks.length, 'tasks'],
    [model.assignments.length, 'items'],
    [model.agencies.length, 'agencies'],
  ];
  return (
    <header className="notice-header scope-header">
      <div className="notice-heading">
        <h1 className="notice-title">
          {parts.length === 0 ? 'No notice in view' : `${parts.length} notices in view`}
        </h1>
        {names.length > 0 ? (
          <p className="notice-meta" title={names.join('\n')}>
            {names.slice(0, NAMES_SHOWN).join('；')}
            {names.length > NAMES_SHOWN ? `；and ${names.length - NAMES_SHOWN} more` : ''}
          </p>
        ) : null}
        {parts.length > 0 ? <ReadingStatus model={model} /> : null}
      </div>
      <dl className="notice-counts">
        {counts.map(([count, label]) => (
          <div key={label} className="notice-count" data-count={label}>
            <dt>{label}</dt>
            <dd>{count}</dd>
          </div>
        ))}
      </dl>
    </header>
  );
}
