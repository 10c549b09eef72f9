// The deadlines chart in its scrolling window: the key and the axis stay at the top while the lanes
// scroll; hovering a mark shows the item and its sentence, clicking it opens the item, clicking a lane's
// name selects the agency.
import { useState, type MouseEvent, type RefObject } from 'react';
import type { ItemDeadline } from '../../analysis/deadlines.ts';
import type { DeadlineScene } from '../../graph/scenes/deadline-scene.ts';
import type { SelectionRef } from '../../view-model/url-state.ts';
import { useMessages } from '../i18n/lang-context.tsx';
import { HoverCard } from '../shared/HoverCard.tsx';
import { SvgMarks } from '../shared/SvgMarks.tsx';
import { DeadlineCard } from './DeadlineCard.tsx';

function refAt(event: MouseEvent<SVGSVGElement>): SelectionRef | null {
  const target = (event.target as Element).closest('[data-ref-kind]');
  const kind = target?.getAttribute('data-ref-kind');
  const id = target?.getAttribute('data-ref-id');
  return id && (kind === 'item' || kind === 'agency') ? { kind, id } : null;
}

export function DeadlineChart(props: {
  scroller: RefObject<HTMLDivElement | null>;
  scene: DeadlineScene;
  deadlines: readonly ItemDeadline[];
  asOf: string;
  onPick: (ref: SelectionRef) => void;
}) {
  const { scroller, scene, deadlines, asOf, onPick } = props;
  const m = useMessages();
  const [hover, setHover] = useState<{ item: string; x: number; y: number } | null>(null);
  const hovered = hover ? deadlines.find((d) => d.item.id === hover.item) : undefined;
  const below = scene.height - scene.top;
  return (
    <div className="deadline-scroll" ref={scroller} role="figure" aria-label={m.deadlines.chart}>
      <svg
        className="deadline-head"
        width={scene.width}
        height={scene.top}
        viewBox={`0 0 ${scene.width} ${scene.top}`}
      >
        <SvgMarks marks={scene.marks} />
      </svg>
      <svg
        className="deadline-body"
        width={scene.width}
        height={below}
        viewBox={`0 ${scene.top} ${scene.width} ${below}`}
        data-past-due={scene.pastDue}
        onPointerMove={(e) => {
          const ref = refAt(e);
          setHover(ref?.kind === 'item' ? { item: ref.id, x: e.clientX, y: e.clientY } : null);
        }}
        onPointerLeave={() => setHover(null)}
        onClick={(e) => {
          const ref = refAt(e);
          if (ref) onPick(ref);
        }}
      >
        <SvgMarks marks={scene.marks} />
      </svg>
      {hover && hovered ? (
        <HoverCard x={hover.x} y={hover.y}>
          <DeadlineCard deadline={hovered} asOf={asOf} />
        </HoverCard>
      ) : null}
    </div>
  );
}
