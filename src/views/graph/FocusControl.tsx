// Focus on one agency in the network: only it and its neighbourhood, one or two steps out, are drawn;
// everything else is hidden (not faded), in place. Offered once an agency is picked; kept in the
// address (`focus=…&steps=2`), so it survives a change of network and a reload.
import { useAtlas } from '../atlas.tsx';

interface Props {
  /** The agency focused on, when it is drawn. */
  readonly focus: string | null;
  /** The agency picked, which a click focuses on. */
  readonly picked: string | null;
  readonly steps: 1 | 2;
}

export function FocusControl({ focus, picked, steps }: Props) {
  const { model, setParam } = useAtlas();
  const nameOf = (id: string | null) => model.agencies.find((a) => a.id === id)?.name ?? '';
  if (!focus)
    return (
      <button
        type="button"
        className="graph-focus-start"
        disabled={!picked}
        title={
          picked
            ? `Show only ${nameOf(picked)} and its partners`
            : 'Pick an agency first, then show only it and its partners'
        }
        onClick={() => picked && setParam('focus', picked)}
      >
        聚焦 Focus
      </button>
    );
  return (
    <div className="graph-focus" role="group" aria-label="Focus">
      <div className="graph-steps" role="radiogroup" aria-label="Steps from the agency">
        <span className="graph-ego-name" title={nameOf(focus)}>
          聚焦 {nameOf(focus)}
        </span>
        {([1, 2] as const).map((n) => (
          <button
            key={n}
            type="button"
            role="radio"
            aria-checked={steps === n}
            title={n === 1 ? 'Its tasks and the agencies on them' : 'And those agencies’ partners'}
            onClick={() => setParam('steps', n === 1 ? null : '2')}
          >
            {n === 1 ? '一步' : '两步'}
          </button>
        ))}
      </div>
      <button
        type="button"
        className="graph-focus-leave"
        title="Show the whole network again"
        aria-label="Leave focus"
        onClick={() => setParam('focus', null)}
      >
        ✕ 全部 All
      </button>
    </div>
  );
}
