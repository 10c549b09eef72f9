// Items paired across the two notices, with their score and both texts (what changed marked), each
// pair explained and open to rejection; then the items that found no partner on either side.
import { useState } from 'react';
import type { ItemMatching, ItemPair, ItemSide } from '../../compare/item-matching.ts';

/** Common text kept on each side of a change: enough to see where in the item it stands. */
const CONTEXT = 28;

function changed(pair: ItemPair): boolean {
  const roles = [pair.leads, pair.others];
  return !pair.identical || roles.some((r) => r.added.length > 0 || r.removed.length > 0);
}

function Marked({ text, pair, side }: { text: string; pair: ItemPair; side: 'a' | 'b' }) {
  const { prefix, suffix } = pair.change;
  if (pair.identical) return <span title={text}>{shorten(text, CONTEXT * 3)}</span>;
  const head = text.slice(0, prefix);
  const body = text.slice(prefix, text.length - suffix);
  const tail = text.slice(text.length - suffix);
  return (
    <span title={text}>
      {head.length > CONTEXT ? `…${head.slice(-CONTEXT)}` : head}
      {body ? side === 'a' ? <del>{body}</del> : <ins>{body}</ins> : null}
      {tail.length > CONTEXT ? `${tail.slice(0, CONTEXT)}…` : tail}
    </span>
  );
}

function shorten(text: string, n: number): string {
  return text.length > n ? `${text.slice(0, n)}…` : text;
}

function Agencies({ item }: { item: ItemSide }) {
  return (
    <span className="compare-agencies">
      {item.leads.length > 0 ? <b>{item.leads.join('、')}</b> : <i>无牵头 no lead</i>}
      {item.others.length > 0 ? ` · ${item.others.join('、')}` : ''}
    </span>
  );
}

function PairRow(props: { pair: ItemPair; onReject: () => void }) {
  const { pair } = props;
  return (
    <tr data-score={pair.score.toFixed(2)}>
      <td className="compare-score">
        <span className="compare-score-bar" style={{ width: `${Math.round(pair.score * 100)}%` }} />
        <span>{pair.score.toFixed(2)}</span>
      </td>
      <td>
        <Marked text={pair.a.text} pair={pair} side="a" />
        <Agencies item={pair.a} />
      </td>
      <td>
        <Marked text={pair.b.text} pair={pair} side="b" />
        <Agencies item={pair.b} />
      </td>
      <td className="compare-why">{pair.explanation}</td>
      <td>
        <button
          type="button"
          className="ws-button compare-reject"
          onClick={props.onReject}
          title="Not the same item"
        >
          拒绝 Reject
        </button>
      </td>
    </tr>
  );
}

function Unpaired(props: { zh: string; en: string; tone: 'more' | 'less'; items: readonly ItemSide[] }) {
  return (
    <div className={`compare-list is-${props.tone}`} data-list={props.en}>
      <h4>
        {props.zh} <span className="compare-en">{props.en}</span>{' '}
        <span className="compare-count">{props.items.length}</span>
      </h4>
      {props.items.length === 0 ? (
        <p className="compare-none">无 None</p>
      ) : (
        <ul>
          {props.items.map((i) => (
            <li key={i.id}>
              {i.taskTitle ? <span className="compare-aside">{i.taskTitle}</span> : null}
              <span title={i.text}>{shorten(i.text, 120)}</span>
              <Agencies item={i} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function ItemPairs(props: {
  items: ItemMatching;
  rejected: ReadonlySet<string>;
  onReject: (id: string) => void;
  onRestore: (id: string) => void;
}) {
  const { items } = props;
  const [all, setAll] = useState(false);
  const shown = all ? items.pairs : items.pairs.filter(changed);
  const hidden = items.pairs.length - shown.length;
  return (
    <section className="compare-section" aria-label="Items matched">
      <header className="compare-section-head">
        <h3>
          条目对应 <span className="compare-en">Items matched by text</span>
        </h3>
        <span className="compare-hint">
          Dice similarity of character pairs; pairs at {items.threshold.toFixed(2)} or above are kept, best
          first.
        </span>
        <label className="compare-control">
          <input type="checkbox" checked={all} onChange={(e) => setAll(e.target.checked)} />
          显示未变条目 Show unchanged ({items.pairs.length - items.pairs.filter(changed).length})
        </label>
      </header>
      <table className="compare-pairs" data-shown={shown.length}>
        <thead>
          <tr>
            <th>相似度 Score</th>
            <th>A 旧 Older</th>
            <th>B 新 Newer</th>
            <th>说明 Why</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {shown.map((p) => (
            <PairRow key={p.id} pair={p} onReject={() => props.onReject(p.id)} />
          ))}
        </tbody>
      </table>
      {shown.length === 0 ? (
        <p className="compare-none">
          {hidden > 0
            ? `All ${hidden} matched items are unchanged. 所有对应条目均未改动。`
            : 'No items matched. 无对应条目。'}
        </p>
      ) : null}
      {props.rejected.size > 0 ? (
        <p className="compare-rejected">
          已拒绝 Rejected pairs: {props.rejected.size}{' '}
          {[...props.rejected].map((id) => (
            <button key={id} type="button" className="ws-button" onClick={() => props.onRestore(id)}>
              恢复 Restore {id.replace('|', ' ↔ ')}
            </button>
          ))}
        </p>
      ) : null}
      <div className="compare-lists is-two">
        <Unpaired zh="删除条目" en="Items removed (A only)" tone="less" items={items.removed} />
        <Unpaired zh="新增条目" en="Items added (B only)" tone="more" items={items.added} />
      </div>
    </section>
  );
}
