// The control that sorts a matrix by one agency's row: a list of the notice's agencies by name, and a
// one-click "sort by" for the agency selected elsewhere — so "who works most with 商务厅?" is a click away.
import { useMessages } from '../i18n/lang-context.tsx';
import type { MatrixRow } from '../../graph/matrix.ts';
import { orderByName } from '../../graph/order.ts';
import './AgencySortPicker.css';

export function AgencySortPicker(props: {
  rows: readonly MatrixRow[];
  value: string | null;
  /** The agency selected in the side panel, offered as a shortcut when it is not the sort already. */
  selected: string | null;
  onChange: (agencyId: string | null) => void;
}) {
  const { rows, value, selected, onChange } = props;
  const m = useMessages();
  const byName = orderByName(rows.map((r) => r.label)).flatMap((i) => rows[i] ?? []);
  const selectedRow = selected && selected !== value ? rows.find((r) => r.agencyId === selected) : undefined;
  return (
    <div className="agency-sort" data-setting="sort" data-active={value ? 'true' : undefined}>
      <label className="segmented-label" htmlFor="agency-sort-select">
        {m.matrix.sortByAgency}
      </label>
      <select
        id="agency-sort-select"
        className="agency-sort-select"
        value={value ?? ''}
        title={m.matrix.sortHint}
        onChange={(e) => onChange(e.target.value || null)}
      >
        <option value="">{m.matrix.sortNone}</option>
        {byName.map((r) => (
          <option key={r.agencyId} value={r.agencyId}>
            {r.label}
          </option>
        ))}
      </select>
      {selectedRow ? (
        <button type="button" className="agency-sort-shortcut" onClick={() => onChange(selectedRow.agencyId)}>
          {m.matrix.sortBy(selectedRow.label)}
        </button>
      ) : null}
      {value ? (
        <button
          type="button"
          className="agency-sort-clear"
          aria-label={m.matrix.stopSort}
          title={m.matrix.stopSort}
          onClick={() => onChange(null)}
        >
          ×
        </button>
      ) : null}
    </div>
  );
}
