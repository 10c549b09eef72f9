// One item in the side panel: its short title, its role for the agency in question, its task, the
// sentence that assigns it and (when the panel is not about one agency) who leads and who joins.
// Clicking it shows the sentence in the source text, marker highlighted.
import { useMessages } from '../i18n/lang-context.tsx';
import { useEffect, useRef } from 'react';
import type { Agency, AgencyId, Role } from '../../notice/model.ts';
import { AgencyChip } from '../AgencyChip.tsx';
import { nameSpan } from '../../projects/naming-sentence.ts';
import type { PanelItem } from './panel-items.ts';

interface Props {
  readonly entry: PanelItem;
  readonly agencies: ReadonlyMap<AgencyId, Agency> | null;
  readonly selected: boolean;
  readonly onPick: (item: string) => void;
  readonly highlight?: string | undefined;
}

export function ItemCard({ entry, agencies, selected, onPick, highlight }: Props) {
  const { item, role, label, task, sentence } = entry;
  const card = useRef<HTMLLIElement>(null);
  const m = useMessages();
  // The source text opening below shrinks the list: keep the picked item in sight.
  useEffect(() => {
    if (selected) card.current?.scrollIntoView({ block: 'nearest' });
  }, [selected]);
  const named = agencies
    ? ([
        ...item.leads.map((id) => [id, 'lead']),
        ...item.cooperators.map((id) => [id, 'cooperate']),
        ...item.responsible.map((id) => [id, 'responsible']),
      ] as [AgencyId, Role][])
    : [];
  return (
    <li ref={card} className={selected ? 'graph-item is-selected' : 'graph-item'} data-item={item.id}>
      <button type="button" onClick={() => onPick(item.id)} aria-pressed={selected}>
        <span className="graph-item-head">
          {role ? <span className={`graph-role role-${role}`}>{m.graph.itemRoles[role]}</span> : null}
          <span className="graph-item-label">{label}</span>
        </span>
        {task ? <span className="graph-item-task">{task}</span> : null}
        <span className="graph-item-sentence" lang="zh-CN">
          <Marked text={sentence} words={highlight} />
        </span>
        {item.note ? (
          <span className="graph-item-note" lang="zh-CN">
            {item.note}
          </span>
        ) : null}
        {named.length > 0 ? (
          <span className="graph-item-agencies">
            {named.map(([id, r]) => {
              const agency = agencies?.get(id);
              return agency ? <AgencyChip key={`${r}${id}`} agency={agency} role={r} /> : null;
            })}
          </span>
        ) : null}
      </button>
    </li>
  );
}

/** The sentence with `words` marked where they stand in it. */
function Marked({ text, words }: { text: string; words: string | undefined }) {
  const span = words ? nameSpan(text, words) : null;
  if (!span) return <>{text}</>;
  return (
    <>
      {text.slice(0, span.start)}
      <mark className="graph-item-mark">{text.slice(span.start, span.end)}</mark>
      {text.slice(span.end)}
    </>
  );
}
