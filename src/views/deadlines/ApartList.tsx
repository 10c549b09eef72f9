// The deadlines with no fixed date, beside the axis and never on it: grouped by kind, each item a
// button that opens it, with the words the notice writes.
import type { DeadlineKind, ItemDeadline } from '../../analysis/deadlines.ts';
import type { ItemId } from '../../notice/model.ts';
import { useAtlas } from '../atlas.tsx';
import { useMessages } from '../i18n/lang-context.tsx';
import { itemLabel } from '../../view-model/item-label.ts';

export interface ApartGroup {
  readonly kind: Exclude<DeadlineKind, 'dated'>;
  readonly items: readonly ItemDeadline[];
}

export function ApartList({
  groups,
  onPick,
}: {
  groups: readonly ApartGroup[];
  onPick: (item: ItemId) => void;
}) {
  const { model, selection } = useAtlas();
  const m = useMessages();
  const tasks = new Map(model.tasks.map((t) => [t.id, t]));
  const names = new Map(model.agencies.map((a) => [a.id, a.name]));
  if (groups.length === 0) return null;
  return (
    <section className="deadline-apart" aria-label={m.deadlines.apartTitle}>
      <h3>{m.deadlines.apartTitle}</h3>
      <p className="deadline-apart-hint">{m.deadlines.apartHint}</p>
      <div className="deadline-apart-groups">
        {groups.map((group) => (
          <details
            key={group.kind}
            className="deadline-apart-group"
            data-kind={group.kind}
            open={groups.length === 1}
          >
            <summary>
              {m.deadlines.kinds[group.kind]} <span className="graph-count">{group.items.length}</span>
            </summary>
            <ul>
              {group.items.map(({ item, reading }) => (
                <li key={item.id}>
                  <button
                    type="button"
                    data-item={item.id}
                    aria-current={selection?.kind === 'item' && selection.id === item.id ? 'true' : undefined}
                    onClick={() => onPick(item.id)}
                  >
                    <span className="deadline-apart-label">
                      {itemLabel(model.text, item, item.taskId ? tasks.get(item.taskId) : undefined)}
                    </span>
                    <span className="deadline-apart-meta">
                      {reading.text} · {item.leads.map((id) => names.get(id) ?? id).join('、') || '—'}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </details>
        ))}
      </div>
    </section>
  );
}
