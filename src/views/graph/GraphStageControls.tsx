// Zoom in, zoom out, fit and reset, in the corner of the graph as on a map.
import { useMessages } from '../i18n/lang-context.tsx';
import { BUTTON_ZOOM } from './viewport.ts';

export function GraphStageControls({
  onFit,
  onZoom,
  onReset,
}: {
  onFit: () => void;
  onZoom: (factor: number) => void;
  onReset: () => void;
}) {
  const m = useMessages();
  return (
    <div className="graph-stage-controls" role="group" aria-label={m.graph.zoom}>
      <button
        type="button"
        data-control="zoom-in"
        onClick={() => onZoom(BUTTON_ZOOM)}
        title={m.graph.zoomInTitle}
        aria-label={m.graph.zoomIn}
      >
        +
      </button>
      <button
        type="button"
        data-control="zoom-out"
        onClick={() => onZoom(1 / BUTTON_ZOOM)}
        title={m.graph.zoomOutTitle}
        aria-label={m.graph.zoomOut}
      >
        −
      </button>
      <button
        type="button"
        data-control="fit"
        onClick={onFit}
        title={m.graph.fitTitle}
        aria-label={m.graph.fit}
      >
        ⤢
      </button>
      <button
        type="button"
        data-control="reset"
        onClick={onReset}
        title={m.graph.resetTitle}
        aria-label={m.graph.reset}
      >
        ↺
      </button>
    </div>
  );
}
