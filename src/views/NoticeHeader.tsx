// The notice being read: its title, who issued it and when, and how much it contains.
import { useMessages } from './i18n/lang-context.tsx';
import type { NoticeModel } from '../notice/model.ts';
import { ReadingStatus } from './ReadingStatus.tsx';
import './NoticeHeader.css';

export function NoticeHeader({ model }: { model: NoticeModel }) {
  const { title, issuer, published } = model.notice;
  const m = useMessages();
  const counts: [number, string][] = [
    [model.sections.length, 'sections'],
    [model.tasks.length, 'tasks'],
    [model.items.length, 'items'],
    [model.agencies.length, 'agencies'],
  ];
  return (
    <header className="notice-header">
      <div className="notice-heading">
        <h1 className="notice-title">{title || m.app.untitled}</h1>
        {issuer || published ? (
          <p className="notice-meta">
            {issuer ? <span className="notice-issuer">{issuer}</span> : null}
            {published ? <time dateTime={published}>{published}</time> : null}
          </p>
        ) : null}
        <ReadingStatus model={model} />
      </div>
      <dl className="notice-counts">
        {counts.map(([count, many]) => (
          <div key={many} className="notice-count" data-count={many}>
            <dt>{m.notices.countNames(many, count)}</dt>
            <dd>{count}</dd>
          </div>
        ))}
      </dl>
    </header>
  );
}
