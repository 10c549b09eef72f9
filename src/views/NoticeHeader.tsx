// The notice being read: its title, who issued it and when, and how much it contains.
import type { NoticeModel } from '../notice/model.ts';
import { ReadingStatus } from './ReadingStatus.tsx';
import './NoticeHeader.css';

export function NoticeHeader({ model }: { model: NoticeModel }) {
  const { title, issuer, published } = model.notice;
  const counts: [number, string, string][] = [
    [model.sections.length, 'section', 'sections'],
    [model.tasks.length, 'task', 'tasks'],
    [model.assignments.length, 'item', 'items'],
    [model.agencies.length, 'agency', 'agencies'],
  ];
  return (
    <header className="notice-header">
      <div className="notice-heading">
        <h1 className="notice-title">{title || 'Untitled notice'}</h1>
        {issuer || published ? (
          <p className="notice-meta">
            {issuer ? <span className="notice-issuer">{issuer}</span> : null}
            {published ? <time dateTime={published}>{published}</time> : null}
          </p>
        ) : null}
        <ReadingStatus model={model} />
      </div>
      <dl className="notice-counts">
        {counts.map(([count, one, many]) => (
          <div key={many} className="notice-count" data-count={many}>
            <dt>{count === 1 ? one : many}</dt>
            <dd>{count}</dd>
          </div>
        ))}
      </dl>
    </header>
  );
}
