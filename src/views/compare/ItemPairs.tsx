// Items paired across the two notices, with their score and both texts (what changed marked), each
// pair explained and open to rejection; then the items that found no partner on either side.
import { useMessages } from '../i18n/lang-context.tsx';
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
  const m = useMessages();
  return (
    <span className="compare-agencies">
      {item.leads.length > 0 ? <b>{item.leads.join('、')}</b> : <i>{m.compare.noLead}</i>}
      {item.others.length > 0 ? ` · ${item.others.join('、')}` : ''}
    </span>
  );
}

function PairRow(props: { pair: ItemPair; onReject: () => void }) {
  const { pair } = props;
  const m = useMessages();
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
      <td className="compare-why">{m.comparison.pair(pair)}</td>
      <td>
        <button
          type="button"
          className="ws-button compare-reject"
          onClick={props.onReject}
          title={m.compare.notSame}
        >
          {m.compare.reject}
        </button>
      </td>
    </tr>
  );
}

function Unpaired(props: {
  name: 'itemsRemoved' | 'itemsAdded';
  tone: 'more' | 'less';
  items: readonly ItemSide[];
}) {
  const m = useMessages();
  return (
    <div className={`compare-list is-${props.tone}`} data-list={props.name}>
      <h4>
        {m.compare.lists[props.name]} <span className="compare-count">{props.items.length}</span>
      </h4>
      {props.items.length === 0 ? (
        <p className="compare-none">{m.app.none}</p>
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
  const m = useMessages();
  return (
    <section className="compare-section" aria-label={m.compare.itemsMatched}>
      <header className="compare-section-head">
        <h3>{m.compare.itemsMatched}</h3>
        <span className="compare-hint">{m.compare.itemsMatchedHint(items.threshold.toFixed(2))}</span>
        <label className="compare-control">
          <input type="checkbox" checked={all} onChange={(e) => setAll(e.target.checked)} />
          {m.compare.showUnchanged(items.pairs.length - items.pairs.filter(changed).length)}
        </label>
      </header>
      <table className="compare-pairs" data-shown={shown.length}>
        <thead>
          <tr>
            <th>{m.compare.heads.score}</th>
            <th>{m.compare.heads.older}</th>
            <th>{m.compare.heads.newer}</th>
            <th>{m.compare.heads.why}</th>
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
        <p className="compare-none">{hidden > 0 ? m.compare.allUnchanged(hidden) : m.compare.noneMatched}</p>
      ) : null}
      {props.rejected.size > 0 ? (
        <p className="compare-rejected">
          {m.compare.rejected(props.rejected.size)}{' '}
          {[...props.rejected].map((id) => (
            <button key={id} type="button" className="ws-button" onClick={() => props.onRestore(id)}>
              {m.compare.restore(id.replace('|', ' ↔ '))}
            </button>
          ))}
        </p>
      ) : null}
      <div className="compare-lists is-two">
        <Unpaired name="itemsRemoved" tone="less" items={items.removed} />
        <Unpaired name="itemsAdded" tone="more" items={items.added} />
      </div>
    </section>
  );
}
