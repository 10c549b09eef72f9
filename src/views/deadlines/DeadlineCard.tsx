// What hovering a mark shows: the item, its deadline as written and as read, and its sentence.
import { useMemo } from 'react';
import type { ItemDeadline } from '../../analysis/deadlines.ts';
import type { AgencyId } from '../../notice/model.ts';
import { useAtlas } from '../atlas.tsx';
import { useMessages } from '../i18n/lang-context.tsx';
import { itemIndex, itemSentences } from '../shared/cell-detail.ts';

const ROLE_OF = { leads: 'lead', responsible: 'responsible', cooperators: 'cooperate' } as const;

export function DeadlineCard({ deadline, asOf }: { deadline: ItemDeadline; asOf: string }) {
  const { model } = useAtlas();
  const m = useMessages();
  const index = useMemo(() => itemIndex(model), [model]);
  const { item, reading } = deadline;
  const sentence = itemSentences(model, index, [item.id], []).items[0];
  const names = new Map(model.agencies.map((a) => [a.id, a.name]));
  const named = (ids: readonly AgencyId[]) => ids.map((id) => names.get(id) ?? id).join('、');
  const roles = m.deadlines.card.roles;
  return (
    <>
      <p className="hover-card-title">
        {sentence ? m.cards.itemNumber(sentence.number) : item.id}
        {sentence?.title ? (
          <>
            {' · '}
            <span lang="zh-CN" data-notice-text="">
              {sentence.title}
            </span>
          </>
        ) : null}
      </p>
      <p className="deadline-card-phrase">
        <span>{m.deadlines.card.deadline}</span> <strong>{reading.text}</strong>
      </p>
      <ul className="deadline-card-dates">
        {reading.dates.map((d) => (
          <li key={`${d.start}-${d.end}`} className={d.end < asOf ? 'is-past-due' : undefined}>
            {d.start ? m.deadlines.card.span(d.start, d.end) : m.deadlines.card.due(d.end)}
            {d.end < asOf ? <em> · {m.deadlines.card.pastDue}</em> : null}
          </li>
        ))}
        {reading.relative.map((kind) => (
          <li key={kind}>{m.deadlines.kinds[kind]}</li>
        ))}
        {reading.since ? <li>{m.deadlines.card.since(reading.since)}</li> : null}
      </ul>
      {reading.yearFrom ? (
        <p className="hover-card-figures">{m.deadlines.card.yearFrom[reading.yearFrom]}</p>
      ) : null}
      {reading.unreadWords && reading.kind !== 'unread' ? (
        <p className="hover-card-figures">{m.deadlines.card.unreadWords(reading.unreadWords)}</p>
      ) : null}
      {(['leads', 'responsible', 'cooperators'] as const).map((key) =>
        item[key].length > 0 ? (
          <p key={key} className="hover-card-figures">
            {m.deadlines.card.named(roles[ROLE_OF[key]], named(item[key]))}
          </p>
        ) : null,
      )}
      {sentence ? <p className="deadline-card-sentence">{sentence.text}</p> : null}
    </>
  );
}
