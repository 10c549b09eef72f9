// What appeared and disappeared between A and B: agencies, tasks and coordination links, side by side.
import { useMessages } from '../i18n/lang-context.tsx';
import type { Messages } from '../i18n/messages.ts';
import type { ReactNode } from 'react';
import type { NoticeComparison } from '../../compare/compare-notices.ts';
import type { LinkChange } from '../../compare/link-changes.ts';
import type { TaskSide } from '../../compare/task-matching.ts';

function ListCard(props: {
  name: keyof Messages['compare']['lists'];
  tone: 'more' | 'less' | 'same';
  count: number;
  children: ReactNode;
}) {
  const m = useMessages();
  return (
    <div className={`compare-list is-${props.tone}`} data-list={props.name}>
      <h4>
        {m.compare.lists[props.name]} <span className="compare-count">{props.count}</span>
      </h4>
      {props.count === 0 ? <p className="compare-none">{m.app.none}</p> : <ul>{props.children}</ul>}
    </div>
  );
}

function taskLabel(t: TaskSide): string {
  const where = t.section ? `${t.section.ordinal}.${t.ordinal} ` : `${t.ordinal} `;
  return `${where}${t.title}`;
}

function linkItem(l: LinkChange, m: Messages) {
  return (
    <li key={l.keys.join('|')}>
      {l.names[0]} — {l.names[1]}
      <span className="compare-aside">{m.compare.linkItems(l.itemsA, l.itemsB)}</span>
    </li>
  );
}

export function ChangeLists({ comparison }: { comparison: NoticeComparison }) {
  const { agencies, tasks, links } = comparison;
  const news = agencies.filter((r) => r.rule === 'new');
  const gone = agencies.filter((r) => r.rule === 'gone');
  const m = useMessages();
  const respelled = agencies.filter((r) => r.rule === 'same-body' || r.rule === 'same-region');
  return (
    <section className="compare-section" aria-label={m.compare.addedDropped}>
      <div className="compare-lists">
        <ListCard name="agenciesNew" tone="more" count={news.length}>
          {news.map((r) => (
            <li key={r.key}>
              {r.namesB.join(' / ')}
              <span className="compare-aside">{m.compare.load(r.b.load)}</span>
            </li>
          ))}
        </ListCard>
        <ListCard name="agenciesGone" tone="less" count={gone.length}>
          {gone.map((r) => (
            <li key={r.key}>
              {r.namesA.join(' / ')}
              <span className="compare-aside">{m.compare.load(r.a.load)}</span>
            </li>
          ))}
        </ListCard>
        <ListCard name="respelled" tone="same" count={respelled.length}>
          {respelled.map((r) => (
            <li key={r.key} title={m.comparison.agency(r)}>
              {r.namesA.join(' / ')} → {r.namesB.join(' / ')}
            </li>
          ))}
        </ListCard>
        <ListCard name="tasksAdded" tone="more" count={tasks.added.length}>
          {tasks.added.map((t) => (
            <li key={t.id}>
              {taskLabel(t)}
              <span className="compare-aside">{m.compare.itemCount(t.items)}</span>
            </li>
          ))}
        </ListCard>
        <ListCard name="tasksDropped" tone="less" count={tasks.dropped.length}>
          {tasks.dropped.map((t) => (
            <li key={t.id}>
              {taskLabel(t)}
              <span className="compare-aside">{m.compare.itemCount(t.items)}</span>
            </li>
          ))}
        </ListCard>
        <ListCard name="linksGained" tone="more" count={links.gained.length}>
          {links.gained.map((l) => linkItem(l, m))}
        </ListCard>
        <ListCard name="linksLost" tone="less" count={links.lost.length}>
          {links.lost.map((l) => linkItem(l, m))}
        </ListCard>
      </div>
    </section>
  );
}
