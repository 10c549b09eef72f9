// The header of what is in view: one notice's own header, or for several the notices' names and the
// counts of the merged model (an agency named in two notices counted once).
import { useMessages } from '../i18n/lang-context.tsx';
import { useAtlas } from '../atlas.tsx';
import { NoticeHeader } from '../NoticeHeader.tsx';
import { ReadingStatus } from '../ReadingStatus.tsx';
import { useWorkspace } from './workspace-context.tsx';
import '../NoticeHeader.css';

const NAMES_SHOWN = 3;

export function ScopeHeader() {
  const { model, workspace } = useAtlas();
  const { notices } = useWorkspace();
  const m = useMessages();
  const parts = workspace.parts;
  if (parts.length === 1) return <NoticeHeader model={model} />;
  const names = parts.map((p) => notices.find((n) => n.id === p.id)?.name ?? p.notice.title);
  const counts: [number, string][] = [
    [model.sections.length, 'sections'],
    [model.tasks.length, 'tasks'],
    [model.items.length, 'items'],
    [model.agencies.length, 'agencies'],
  ];
  return (
    <header className="notice-header scope-header">
      <div className="notice-heading">
        <h1 className="notice-title">
          {parts.length === 0 ? m.app.noNotice : m.app.noticesInView(parts.length)}
        </h1>
        {names.length > 0 ? (
          <p className="notice-meta" title={names.join('\n')}>
            {names.slice(0, NAMES_SHOWN).join('；')}
            {names.length > NAMES_SHOWN ? m.notices.andMore(names.length - NAMES_SHOWN) : ''}
          </p>
        ) : null}
        {parts.length > 0 ? <ReadingStatus model={model} /> : null}
      </div>
      <dl className="notice-counts">
        {counts.map(([count, label]) => (
          <div key={label} className="notice-count" data-count={label}>
            <dt>{m.notices.counts[label] ?? label}</dt>
            <dd>{count}</dd>
          </div>
        ))}
      </dl>
    </header>
  );
}
