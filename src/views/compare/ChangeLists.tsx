// What appeared and disappeared between A and B: agencies, tasks and coordination links, side by side.
import type { ReactNode } from 'react';
import type { NoticeComparison } from '../../compare/compare-notices.ts';
import type { LinkChange } from '../../compare/link-changes.ts';
import type { TaskSide } from '../../compare/task-matching.ts';

function ListCard(props: {
  zh: string;
  en: string;
  tone: 'more' | 'less' | 'same';
  count: number;
  children: ReactNode;
}) {
  return (
    <div className={`compare-list is-${props.tone}`} data-list={props.en}>
      <h4>
        {props.zh} <span className="compare-en">{props.en}</span>{' '}
        <span className="compare-count">{props.count}</span>
      </h4>
      {props.count === 0 ? <p className="compare-none">无 None</p> : <ul>{props.children}</ul>}
    </div>
  );
}

function taskLabel(t: TaskSide): string {
  const where = t.section ? `${t.section.ordinal}.${t.ordinal} ` : `${t.ordinal} `;
  return `${where}${t.title}`;
}

function linkItem(l: LinkChange) {
  return (
    <li key={l.keys.join('|')}>
      {l.names[0]} — {l.names[1]}
      <span className="compare-aside">
        {l.itemsA} → {l.itemsB} 条
      </span>
    </li>
  );
}

export function ChangeLists({ comparison }: { comparison: NoticeComparison }) {
  const { agencies, tasks, links } = comparison;
  const news = agencies.filter((r) => r.rule === 'new');
  const gone = agencies.filter((r) => r.rule === 'gone');
  const respelled = agencies.filter((r) => r.rule === 'same-body' || r.rule === 'same-region');
  return (
    <section className="compare-section" aria-label="Added and dropped">
      <div className="compare-lists">
        <ListCard zh="新增单位" en="Agencies new" tone="more" count={news.length}>
          {news.map((r) => (
            <li key={r.key}>
              {r.namesB.join(' / ')}
              <span className="compare-aside">负担 load {r.b.load}</span>
            </li>
          ))}
        </ListCard>
        <ListCard zh="消失单位" en="Agencies gone" tone="less" count={gone.length}>
          {gone.map((r) => (
            <li key={r.key}>
              {r.namesA.join(' / ')}
              <span className="compare-aside">负担 load {r.a.load}</span>
            </li>
          ))}
        </ListCard>
        <ListCard zh="同一单位不同写法" en="Same body, new spelling" tone="same" count={respelled.length}>
          {respelled.map((r) => (
            <li key={r.key} title={r.explanation}>
              {r.namesA.join(' / ')} → {r.namesB.join(' / ')}
            </li>
          ))}
        </ListCard>
        <ListCard zh="新增任务" en="Tasks added" tone="more" count={tasks.added.length}>
          {tasks.added.map((t) => (
            <li key={t.id}>
              {taskLabel(t)}
              <span className="compare-aside">{t.items} 条</span>
            </li>
          ))}
        </ListCard>
        <ListCard zh="删除任务" en="Tasks dropped" tone="less" count={tasks.dropped.length}>
          {tasks.dropped.map((t) => (
            <li key={t.id}>
              {taskLabel(t)}
              <span className="compare-aside">{t.items} 条</span>
            </li>
          ))}
        </ListCard>
        <ListCard zh="新增协作" en="Links gained" tone="more" count={links.gained.length}>
          {links.gained.map(linkItem)}
        </ListCard>
        <ListCard zh="消失协作" en="Links lost" tone="less" count={links.lost.length}>
          {links.lost.map(linkItem)}
        </ListCard>
      </div>
    </section>
  );
}
