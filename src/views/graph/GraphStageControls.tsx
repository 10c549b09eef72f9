// Zoom in, zoom out, fit and reset, in the corner of the graph as on a map.
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
  return (
    <div className="graph-stage-controls" role="group" aria-label="Zoom">
      <button type="button" onClick={() => onZoom(BUTTON_ZOOM)} title="放大 Zoom in (+)" aria-label="Zoom in">
        +
      </button>
      <button
        type="button"
        onClick={() => onZoom(1 / BUTTON_ZOOM)}
        title="缩小 Zoom out (−)"
        aria-label="Zoom out"
      >
        −
      </button>
      <button type="button" onClick={onFit} title="适应窗口 Fit to window (0)" aria-label="Fit">
        ⤢
      </button>
      <button
        type="button"
        onClick={onReset}
        title="重置 Reset: clear filters and selection"
        aria-label="Reset"
      >
        ↺
      </button>
    </div>
  );
}
