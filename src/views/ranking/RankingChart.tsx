// The ranking chart in its scrolling window: the key and axis stick to the top while the bars scroll;
// hovering a bar shows its figures, clicking it selects the agency everywhere.
import { useMessages } from '../i18n/lang-context.tsx';
import { useMemo, useState, type KeyboardEvent, type MouseEvent, type RefObject } from 'react';
import type { OverloadStats, OverloadVerdict } from '../../analysis/overload.ts';
import type { Workload, WorkloadWeights } from '../../analysis/workload.ts';
import type { RankingScene } from '../../graph/scenes/ranking-scene.ts';
import type { AgencyId } from '../../notice/model.ts';
import { HoverCard } from '../shared/HoverCard.tsx';
import { SvgMarks } from '../shared/SvgMarks.tsx';
import { indexMarks, marksIn } from '../../view-model/mark-index.ts';
import { RankingCard } from './RankingCard.tsx';
import { useDrawnBand } from './useDrawnBand.ts';

/** Up to this many agencies every bar is drawn; beyond, only the bars near the view (500 agencies'
 *  bars and words, drawn twice, held the page for half a second of layout). */
const DRAW_ALL_UP_TO = 200;

/** The marks each of the two SVGs holds: all of them for a short ranking; for a long one the key and
 *  axis in the sticky head, and in the body the rows of the band in view (the scroller's content and
 *  the scene share their heights). Rules and grid are single paths, always drawn. */
function useDrawnMarks(scene: RankingScene, scroller: RefObject<HTMLDivElement | null>) {
  const whole = scene.rows.length <= DRAW_ALL_UP_TO;
  const index = useMemo(() => (whole ? null : indexMarks(scene.marks)), [scene, whole]);
  const band = useDrawnBand(scroller, !whole);
  const head = useMemo(
    () => (index ? marksIn(index, { x: 0, y: 0, width: scene.width, height: scene.top }) : scene.marks),
    [index, scene],
  );
  const body = useMemo(
    () =>
      index ? marksIn(index, { x: 0, y: band.top, width: scene.width, height: band.height }) : scene.marks,
    [index, scene, band],
  );
  return { head, body };
}

export interface RankingChartProps {
  /** The scrolling window, for the view to measure and scroll. */
  readonly scroller: RefObject<HTMLDivElement | null>;
  readonly scene: RankingScene;
  readonly workloads: ReadonlyMap<AgencyId, Workload>;
  readonly verdicts: ReadonlyMap<AgencyId, OverloadVerdict>;
  readonly stats: OverloadStats;
  readonly weights: WorkloadWeights;
  readonly onPick: (agencyId: AgencyId) => void;
  readonly onKeyDown: (event: KeyboardEvent) => void;
}

export function RankingChart(props: RankingChartProps) {
  const m = useMessages();
  const { scroller, scene, workloads, verdicts, stats, weights, onPick, onKeyDown } = props;
  const [hover, setHover] = useState<{ agencyId: string; x: number; y: number } | null>(null);
  const rowOf = (e: MouseEvent<SVGSVGElement>) => {
    const y = e.clientY - e.currentTarget.getBoundingClientRect().top + scene.top;
    return scene.rows.find((r) => y >= r.y && y < r.y + r.height) ?? null;
  };
  const below = scene.height - scene.top;
  const drawn = useDrawnMarks(scene, scroller);
  return (
    <div
      className="ranking-scroll"
      ref={scroller}
      role="figure"
      aria-label={m.matrix.byLoad}
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      <svg
        className="ranking-head"
        width={scene.width}
        height={scene.top}
        viewBox={`0 0 ${scene.width} ${scene.top}`}
      >
        <SvgMarks marks={drawn.head} />
      </svg>
      <svg
        className="ranking-body"
        width={scene.width}
        height={below}
        viewBox={`0 ${scene.top} ${scene.width} ${below}`}
        onPointerMove={(e) => {
          const row = rowOf(e);
          setHover(row ? { agencyId: row.agencyId, x: e.clientX, y: e.clientY } : null);
        }}
        onPointerLeave={() => setHover(null)}
        onClick={(e) => {
          const row = rowOf(e);
          if (row) onPick(row.agencyId);
        }}
      >
        <SvgMarks marks={drawn.body} />
      </svg>
      {hover ? (
        <HoverCard x={hover.x} y={hover.y}>
          <RankingCard
            agencyId={hover.agencyId}
            workloads={workloads}
            verdicts={verdicts}
            stats={stats}
            weights={weights}
          />
        </HoverCard>
      ) : null}
    </div>
  );
}
