// The note on a folded network: what is folded ("500 agencies shown as 12 blocs"), how to see more
// (click a folded node), a way to fold again what was opened, and a way to unfold everything — asked
// twice, since drawing every node of a large notice is slow. On an unfolded large network, a way back.
import { useState } from 'react';
import { AGGREGATE_ABOVE } from '../../graph/aggregate.ts';
import type { FoldSummary } from '../../graph/picture.ts';
import { useAtlas } from '../atlas.tsx';
import { useMessages } from '../i18n/lang-context.tsx';
import type { GraphSettings } from '../shared/graph-settings.ts';

interface Props {
  readonly settings: GraphSettings;
  readonly aggregation: FoldSummary | null;
  /** Nodes of the network unfolded. */
  readonly size: number;
}

/** Whether the note is shown: the stage keeps room for it at its foot when framing the picture. */
export function foldNoteShown({ settings, aggregation, size }: Props): boolean {
  if (settings.mode === 'ego') return false;
  return aggregation !== null || (settings.fold === 'off' && size > AGGREGATE_ABOVE);
}

/** Room the note takes at the stage's foot, in pixels. */
export const FOLD_NOTE_INSET = 48;

export function FoldNote(props: Props) {
  const { settings, aggregation, size } = props;
  const { setParam } = useAtlas();
  const m = useMessages().graph.foldNote;
  const [asking, setAsking] = useState(false);
  if (!foldNoteShown(props)) return null;
  if (!aggregation) {
    return (
      <div className="graph-fold-note is-unfolded" role="note" aria-label={m.label}>
        <span>{m.unfolded(size)}</span>
        <button type="button" onClick={() => setParam('fold', null)}>
          {m.fold}
        </button>
      </div>
    );
  }
  const parts = [
    aggregation.sections > 0 ? m.sections(aggregation.tasks, aggregation.sections) : null,
    aggregation.blocs > 0 ? m.blocs(aggregation.agencies, aggregation.blocs) : null,
  ].filter((part) => part !== null);
  const unfold = () => {
    setAsking(false);
    setParam('open', null);
    setParam('positions', null);
    setParam('fold', 'off');
  };
  return (
    <div className="graph-fold-note" role="note" aria-label={m.label} data-blocs={aggregation.blocs}>
      <span>
        <strong>{parts.join(' · ')}</strong> — {m.openHint}
        {settings.open.size > 0 ? ` · ${m.opened(settings.open.size)}` : ''}
      </span>
      {settings.open.size > 0 ? (
        <button type="button" onClick={() => setParam('open', null)}>
          {m.foldAgain}
        </button>
      ) : null}
      {asking ? (
        <span className="graph-fold-warning" role="alert">
          {m.unfoldWarning(size)}
          <button type="button" className="is-danger" onClick={unfold}>
            {m.unfoldAnyway}
          </button>
          <button type="button" onClick={() => setAsking(false)}>
            {m.cancel}
          </button>
        </span>
      ) : (
        <button type="button" className="graph-unfold-all" onClick={() => setAsking(true)}>
          {m.unfoldAll}
        </button>
      )}
    </div>
  );
}
