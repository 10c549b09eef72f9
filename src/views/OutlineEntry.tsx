// One item in the outline: its label and the agencies its marker names, leads first.
import { useMessages } from './i18n/lang-context.tsx';
import { memo } from 'react';
import type { OutlineItem } from '../view-model/outline-tree.ts';
import type { FocusRole } from '../view-model/selection-focus.ts';
import type { Agency, AgencyId, ItemId, Role } from '../notice/model.ts';
import { AgencyChip } from './AgencyChip.tsx';
import { useCorrectionMarks } from './correction-marks.ts';

interface Props {
  /** The entry's row in the virtualised outline (its item id), by which it is measured. */
  readonly row?: string;
  readonly entry: OutlineItem;
  readonly agencies: ReadonlyMap<AgencyId, Agency>;
  readonly selected: boolean;
  /** The part this item plays in an agency, task or section selected elsewhere. */
  readonly related?: FocusRole | undefined;
  /** The selected agency, whose chip stands out. */
  readonly focusAgency?: string | undefined;
  readonly onSelect: (item: ItemId) => void;
}

export const OutlineEntry = memo(function OutlineEntry({
  row,
  entry,
  agencies,
  selected,
  related,
  focusAgency,
  onSelect,
}: Props) {
  const { item, label } = entry;
  const corrected = useCorrectionMarks().items.has(item.id);
  const m = useMessages();
  const chips: [AgencyId, Role][] = [
    ...item.leads.map((id): [AgencyId, Role] => [id, 'lead']),
    ...item.cooperators.map((id): [AgencyId, Role] => [id, 'cooperate']),
    ...item.responsible.map((id): [AgencyId, Role] => [id, 'responsible']),
  ];
  return (
    <li
      className={[
        'outline-entry',
        selected ? 'is-selected' : '',
        related ? `is-related related-${related}` : '',
      ]
        .filter(Boolean)
        .join(' ')}
      data-item={item.id}
      data-row={row}
    >
      <button type="button" aria-pressed={selected} onClick={() => onSelect(item.id)}>
        <span className="outline-entry-label">
          <span lang="zh-CN">{label}</span>
          {corrected ? <span className="corrected-badge" title={m.outline.corrected} /> : null}
        </span>
        {chips.length > 0 ? (
          <span className="outline-entry-agencies">
            {chips.map(([id, role]) => {
              const agency = agencies.get(id);
              return agency ? (
                <AgencyChip key={`${role}:${id}`} agency={agency} role={role} focused={id === focusAgency} />
              ) : null;
            })}
          </span>
        ) : (
          <span className="outline-entry-none">{m.outline.noAgency}</span>
        )}
        {item.deadline ? (
          <span className="outline-entry-deadline">{m.outline.deadline(item.deadline)}</span>
        ) : null}
      </button>
    </li>
  );
});
