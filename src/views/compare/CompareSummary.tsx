// The comparison in one block of figures: each notice's size, then what changed, each figure a
// link-free fact an analyst can quote.
import type { NoticeComparison } from '../../compare/compare-notices.ts';

function Figure(props: { value: number | string; zh: string; en: string; tone?: 'more' | 'less' }) {
  return (
    <div className={`compare-figure${props.tone ? ` is-${props.tone}` : ''}`}>
      <strong>{props.value}</strong>
      <span>
        {props.zh} <span className="compare-en">{props.en}</span>
      </span>
    </div>
  );
}

export function CompareSummary(props: {
  comparison: NoticeComparison;
  labelA: string;
  labelB: string;
  onCsv: () => void;
}) {
  const { a, b, agencies, items, tasks, links, regions } = props.comparison;
  const reworded = items.pairs.filter((p) => !p.identical).length;
  const side = (tag: string, label: string, n: NoticeComparison['a']) => (
    <p className="compare-notice">
      <span className={`compare-tag is-${tag.toLowerCase()}`}>{tag}</span>
      <span className="compare-notice-name">{label}</span>
      <span className="compare-notice-meta">
        {[n.issuer, n.published].filter(Boolean).join(' · ')} · {n.items} items 条 · {n.tasks} tasks 项 ·{' '}
        {n.agencies} agencies 个单位
      </span>
    </p>
  );
  return (
    <section className="compare-summary" aria-label="Summary">
      <div className="compare-notices">
        <button
          type="button"
          className="ws-button compare-csv"
          onClick={props.onCsv}
          title="The comparison as a spreadsheet (npm run compare writes the same file)"
        >
          CSV
        </button>
        {side('A', props.labelA, a)}
        {side('B', props.labelB, b)}
        {regions.borrowed ? (
          <p className="compare-note">
            One issuer names no region: both notices are read as {regions.a ?? regions.b}'s.
          </p>
        ) : null}
      </div>
      <div className="compare-figures" data-testid="compare-figures">
        <Figure value={items.pairs.length} zh="条目对应" en="items matched" />
        <Figure value={reworded} zh="改写" en="reworded" />
        <Figure value={items.removed.length} zh="删除条目" en="items removed" tone="less" />
        <Figure value={items.added.length} zh="新增条目" en="items added" tone="more" />
        <Figure
          value={agencies.filter((r) => r.rule === 'new').length}
          zh="新增单位"
          en="agencies new"
          tone="more"
        />
        <Figure
          value={agencies.filter((r) => r.rule === 'gone').length}
          zh="消失单位"
          en="agencies gone"
          tone="less"
        />
        <Figure value={tasks.added.length} zh="新增任务" en="tasks added" tone="more" />
        <Figure value={tasks.dropped.length} zh="删除任务" en="tasks dropped" tone="less" />
        <Figure value={links.gained.length} zh="新增协作" en="links gained" tone="more" />
        <Figure value={links.lost.length} zh="消失协作" en="links lost" tone="less" />
      </div>
    </section>
  );
}
