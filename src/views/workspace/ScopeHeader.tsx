// The header of what is in view: one notice's own header, or for several the notices' tags and names,
// the agencies the rules propose as one, and the counts of the merged model (an agency named in two
// notices counted once).
import { useMessages } from '../i18n/lang-context.tsx';
import { useAtlas } from '../atlas.tsx';
import { NoticeHeader } from '../NoticeHeader.tsx';
import { ReadingStatus } from '../ReadingStatus.tsx';
import { NoticeTagChip } from './NoticeTagChip.tsx';
import { PROPOSALS_SECTION } from './SameAgencyProposals.tsx';
import { useWorkspace } from './workspace-context.tsx';
import '../NoticeHeader.css';

/** The proposals wait in the notices panel: a line here says so, and opens it there. */
function ProposalsWaiting({ count }: { count: number }) {
  const { setPanel } = useWorkspace();
  const m = useMessages();
  const review = () => {
    setPanel('notices', true);
    // The panel draws on the next frame; then its section is there to scroll to.
    requestAnimationFrame(() =>
      document.getElementById(PROPOSALS_SECTION)?.scrollIntoView({ block: 'start' }),
    );
  };
  return (
    <p className="scope-proposals">
      {m.union.proposalsWaiting(count)}{' '}
      <button type="button" className="ws-link scope-proposals-review" onClick={review}>
        {m.union.review}
      </button>
    </p>
  );
}

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
          <p className="notice-meta scope-tags" title={names.join('\n')} aria-label={m.union.noticesInView}>
            {parts.slice(0, NAMES_SHOWN).map((p, i) => {
              const tag = workspace.tags.get(p.id);
              return (
                <span key={p.id} className="scope-tag">
                  {tag ? <NoticeTagChip tag={tag} label /> : null}
                  <span className="scope-tag-name">{names[i]}</span>
                </span>
              );
            })}
            {names.length > NAMES_SHOWN ? m.notices.andMore(names.length - NAMES_SHOWN) : ''}
          </p>
        ) : null}
        {workspace.proposals.length > 0 ? <ProposalsWaiting count={workspace.proposals.length} /> : null}
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
