// "Same agency in several notices?": the agencies the genre's rules take for one body (full and short
// names, a name with its region and one without), each with how the notices wrote it and why it is
// proposed. Confirm merges them through the correction operations (undoable like any correction);
// reject stores the decision, so the proposal is not made again.
import { useMessages } from '../i18n/lang-context.tsx';
import { keepApartNames, type SameAgencyProposal } from '../../view-model/notice-union.ts';
import { useAtlas } from '../atlas.tsx';
import { NoticeTagChip } from './NoticeTagChip.tsx';
import { useCorrect } from './useCorrect.ts';

export const PROPOSALS_SECTION = 'same-agency-proposals';

function Proposal({ proposal }: { proposal: SameAgencyProposal }) {
  const { model, workspace, select } = useAtlas();
  const { problem, busy, correct } = useCorrect();
  const m = useMessages();
  const [keep, ...others] = proposal.agencies;
  const nameOf = (id: string) => model.agencies.find((a) => a.id === id)?.name ?? id.replace(/^ag:/, '');
  if (keep === undefined) return null;
  return (
    <li className="proposal" data-proposal={proposal.key}>
      <ul className="proposal-names">
        {proposal.agencies.map((id) => {
          const spellings = workspace.spellings.get(id) ?? [];
          const items = spellings.reduce((sum, s) => sum + s.items, 0);
          return (
            <li key={id} className="proposal-name" data-agency={id}>
              <button
                type="button"
                className="ws-link proposal-agency"
                onClick={() => select({ kind: 'agency', id }, 'notices')}
              >
                {nameOf(id)}
              </button>
              <span className="proposal-where">
                {[...new Set(spellings.map((s) => s.noticeId))].map((n) => {
                  const tag = workspace.tags.get(n);
                  return tag ? <NoticeTagChip key={n} tag={tag} /> : null;
                })}
                {m.union.itemCount(items)}
              </span>
            </li>
          );
        })}
      </ul>
      <p className="ws-hint proposal-rule">{m.union.rules[proposal.rule]}</p>
      <div className="ws-row proposal-actions">
        <button
          type="button"
          className="ws-button is-primary proposal-confirm"
          disabled={busy}
          title={m.union.keeps(nameOf(keep))}
          onClick={() => void correct({ type: 'merge', into: keep, from: others })}
        >
          {m.union.confirm}
        </button>
        <button
          type="button"
          className="ws-button proposal-reject"
          disabled={busy}
          onClick={() =>
            void correct({
              type: 'keepApart',
              agencies: proposal.agencies,
              names: keepApartNames(proposal, model.agencies),
            })
          }
        >
          {m.union.reject}
        </button>
        <span className="ws-hint">{m.union.keeps(nameOf(keep))}</span>
      </div>
      {problem ? <p className="ws-error">{problem}</p> : null}
    </li>
  );
}

export function SameAgencyProposals() {
  const { workspace } = useAtlas();
  const m = useMessages();
  if (workspace.proposals.length === 0) return null;
  return (
    <section
      className="ws-section proposals-section"
      id={PROPOSALS_SECTION}
      aria-label={m.union.sameAgencyTitle}
    >
      <h2 className="ws-section-title">{m.union.sameAgencyTitle}</h2>
      <p className="ws-hint">{m.union.sameAgencyHint}</p>
      <ul className="proposal-list">
        {workspace.proposals.map((p) => (
          <Proposal key={p.key} proposal={p} />
        ))}
      </ul>
    </section>
  );
}
