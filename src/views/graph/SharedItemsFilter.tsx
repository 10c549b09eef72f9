// Thinning the coordination network: only links sharing at least k items, with the count of links
// left. Every pair named together in one item is linked, so k = 2 or 3 brings out the lasting ones.
import { useMessages } from '../i18n/lang-context.tsx';
import type { GraphFilter } from '../../graph/filter.ts';
import { useAtlas } from '../atlas.tsx';
import { filterParams } from '../shared/graph-settings.ts';

interface Props {
  readonly filter: GraphFilter;
  /** The heaviest link's items: the slider's end. */
  readonly maxShared: number;
  readonly shownEdges: number;
  readonly totalEdges: number;
}

export function SharedItemsFilter({ filter, maxShared, shownEdges, totalEdges }: Props) {
  const { setParam } = useAtlas();
  const m = useMessages();
  const set = (minShared: number) => {
    for (const [key, value] of Object.entries(filterParams({ ...filter, minShared }))) setParam(key, value);
  };
  return (
    <label className="graph-shared" title={m.graph.sharedHint}>
      <span>{m.graph.shared}</span>
      <input
        type="range"
        min={1}
        max={Math.max(2, maxShared)}
        value={filter.minShared}
        aria-label={m.graph.minShared}
        onChange={(e) => set(Number(e.target.value))}
      />
      <output>{filter.minShared}</output>
      <span className="graph-shared-count" aria-live="polite">
        {m.graph.sharedLinks(shownEdges, totalEdges)}
      </span>
    </label>
  );
}
