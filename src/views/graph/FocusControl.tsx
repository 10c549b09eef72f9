// Focus on one agency in the network: only it and its neighbourhood, one or two steps out, are drawn;
// everything else is hidden (not faded), in place. Offered once an agency is picked; kept in the
// address (`focus=…&steps=2`), so it survives a change of network and a reload.
import { useMessages } from '../i18n/lang-context.tsx';
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
  const m = useMessages();
  const nameOf = (id: string | null) => model.agencies.find((a) => a.id === id)?.name ?? '';
  if (!focus)
    return (
      <button
        type="button"
        className="graph-focus-start"
        disabled={!picked}
        title={picked ? m.graph.focusHint(nameOf(picked)) : m.graph.focusPickFirst}
        onClick={() => picked && setParam('focus', picked)}
      >
        {m.graph.focus}
      </button>
    );
  return (
    <div className="graph-focus" role="group" aria-label={m.graph.focus}>
      <div className="graph-steps" role="radiogroup" aria-label={m.graph.stepsLabel}>
        <span className="graph-ego-name" title={nameOf(focus)}>
          {m.graph.focusOn(nameOf(focus))}
        </span>
        {([1, 2] as const).map((n) => (
          <button
            key={n}
            type="button"
            role="radio"
            aria-checked={steps === n}
            title={m.graph.focusStepHints[n]}
            onClick={() => setParam('steps', n === 1 ? null : '2')}
          >
            {m.graph.steps[n]}
          </button>
        ))}
      </div>
      <button
        type="button"
        className="graph-focus-leave"
        title={m.graph.leaveFocusHint}
        aria-label={m.graph.leaveFocus}
        onClick={() => setParam('focus', null)}
      >
        {m.graph.all}
      </button>
    </div>
  );
}
