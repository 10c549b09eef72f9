// The two notices compared: A (older) and B (newer), picked from the workspace, and a swap.
import { useMessages } from '../i18n/lang-context.tsx';
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
  const m = useMessages();
  const picker = (side: 'a' | 'b', value: NoticeId | null, label: string) => (
    <label className={`compare-pick compare-pick-${side}`}>
      <span className="compare-pick-label">{label}</span>
      <select
        value={value ?? ''}
        aria-label={side === 'a' ? m.compare.noticeA : m.compare.noticeB}
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
      {picker('a', props.a, m.compare.older)}
      <button type="button" className="ws-button compare-swap" onClick={props.onSwap} title={m.compare.swap}>
        ⇄
      </button>
      {picker('b', props.b, m.compare.newer)}
    </div>
  );
}
