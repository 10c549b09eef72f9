// The comparison in one block of figures: each notice's size, then what changed, each figure a
// link-free fact an analyst can quote.
import type { ReactNode } from 'react';
import { useMessages } from '../i18n/lang-context.tsx';
import type { Messages } from '../i18n/messages.ts';
import type { NoticeComparison } from '../../compare/compare-notices.ts';

type FigureKey = keyof Messages['compare']['figures'];

function Figure(props: { value: number | string; name: FigureKey; tone?: 'more' | 'less' }) {
  const m = useMessages();
  return (
    <div className={`compare-figure${props.tone ? ` is-${props.tone}` : ''}`} data-figure={props.name}>
      <strong>{props.value}</strong>
      <span>{m.compare.figures[props.name]}</span>
    </div>
  );
}

export function CompareSummary(props: {
  comparison: NoticeComparison;
  labelA: string;
  labelB: string;
  onCsv: () => void;
  /** The diagram buttons. */
  diagram?: ReactNode;
}) {
  const { a, b, agencies, items, tasks, links, regions } = props.comparison;
  const reworded = items.pairs.filter((p) => !p.identical).length;
  const m = useMessages();
  const side = (tag: string, label: string, n: NoticeComparison['a']) => (
    <p className="compare-notice">
      <span className={`compare-tag is-${tag.toLowerCase()}`}>{tag}</span>
      <span className="compare-notice-name">{label}</span>
      <span className="compare-notice-meta">
        {[n.issuer, n.published, m.compare.sizes(n.items, n.tasks, n.agencies)].filter(Boolean).join(' · ')}
      </span>
    </p>
  );
  return (
    <section className="compare-summary" aria-label={m.compare.summary}>
      <div className="compare-notices">
        <button
          type="button"
          className="ws-button compare-csv"
          onClick={props.onCsv}
          title={m.compare.csvHint}
        >
          CSV
        </button>
        {props.diagram}
        {side('A', props.labelA, a)}
        {side('B', props.labelB, b)}
        {regions.borrowed ? (
          <p className="compare-note">{m.compare.borrowed(regions.a ?? regions.b ?? '')}</p>
        ) : null}
      </div>
      <div className="compare-figures" data-testid="compare-figures">
        <Figure value={items.pairs.length} name="matched" />
        <Figure value={reworded} name="reworded" />
        <Figure value={items.removed.length} name="itemsRemoved" tone="less" />
        <Figure value={items.added.length} name="itemsAdded" tone="more" />
        <Figure value={agencies.filter((r) => r.rule === 'new').length} name="agenciesNew" tone="more" />
        <Figure value={agencies.filter((r) => r.rule === 'gone').length} name="agenciesGone" tone="less" />
        <Figure value={tasks.added.length} name="tasksAdded" tone="more" />
        <Figure value={tasks.dropped.length} name="tasksDropped" tone="less" />
        <Figure value={links.gained.length} name="linksGained" tone="more" />
        <Figure value={links.lost.length} name="linksLost" tone="less" />
      </div>
    </section>
  );
}
