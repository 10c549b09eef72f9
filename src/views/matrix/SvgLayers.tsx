// A layered scene as four SVGs: the column heads stick to the top, the row heads to the left, the
// corner (with the key) to both, and the body scrolls beneath them.
import type { LayeredScene } from '../../graph/scenes/layered-scene.ts';
import { SvgMarks } from '../shared/SvgMarks.tsx';

function Layer({
  className,
  box,
  marks,
}: {
  className: string;
  box: [number, number, number, number];
  marks: LayeredScene['marks'];
}) {
  const [x, y, width, height] = box;
  return (
    <svg
      className={`layer ${className}`}
      width={width}
      height={height}
      viewBox={`${x} ${y} ${width} ${height}`}
    >
      <SvgMarks marks={marks} />
    </svg>
  );
}

export function SvgLayers({ scene }: { scene: LayeredScene }) {
  const { left, top } = scene.frame;
  const right = scene.width - left;
  const below = scene.height - top;
  return (
    <div className="layered-sheet" style={{ width: scene.width, height: scene.height }}>
      <div className="layered-head-row" style={{ height: top }}>
        <Layer className="layer-corner" box={[0, 0, left, top]} marks={scene.layers.corner} />
        <Layer className="layer-columns" box={[left, 0, right, top]} marks={scene.layers.columnHeads} />
      </div>
      <div className="layered-body-row" style={{ height: below }}>
        <Layer className="layer-rows" box={[0, top, left, below]} marks={scene.layers.rowHeads} />
        <Layer className="layer-body" box={[left, top, right, below]} marks={scene.layers.body} />
      </div>
    </div>
  );
}
