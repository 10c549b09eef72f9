// The two notices compared: A (older) and B (newer), picked from the workspace, and a swap.
import type { NoticeId } from '../../workspace/notice-id.ts';
import type { NoticeSummary } from '../../workspace/records.ts';

export function ComparePickers(props: {
  notices: readonly NoticeSummary[];
  labels: ReadonlyMap<NoticeId, string>;
  a: NoticeId | null;
  b: NoticeId | null;
  onPick: (side: 'a' | 'b', id: NoticeId) => void;
  onSwap: () => void;
}) {
  const picker = (side: 'a' | 'b', value: NoticeId | null, label: string) => (
    <label className={`compare-pick compare-pick-${side}`}>
      <span className="compare-pick-label">{label}</span>
      <select
        value={value ?? ''}
        aria-label={side === 'a' ? 'Notice A (older)' : 'Notice B (newer)'}
        onChange={(e) => {
          const id = props.notices.find((n) => n.id === e.target.value)?.id;
          if (id) props.onPick(side, id);
        }}
      >
        {props.notices.map((n) => (
          <option key={n.id} value={n.id}>
            {props.labels.get(n.id) ?? n.name}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div className="compare-pickers">
      {picker('a', props.a, 'A 旧')}
      <button type="button" className="ws-button compare-swap" onClick={props.onSwap} title="Swap A and B">
        ⇄
      </button>
      {picker('b', props.b, 'B 新')}
    </div>
  );
}
