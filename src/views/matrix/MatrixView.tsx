// The agency × task matrix view: who leads and who cooperates in which task, item or section. Rows can
// be ordered by load, by name or by similar task profiles; hovering a cell shows the items' sentences;
// clicking a row selects the agency in every view.
import { useMemo, useRef, useState } from 'react';
import { agencyTaskMatrix, type ColumnMode, type RowOrder } from '../../graph/matrix.ts';
import { matrixScene } from '../../graph/scenes/matrix-scene.ts';
import { useAtlas } from '../atlas.tsx';
import { matrixColumnBands, matrixRowBands } from '../export/in-view.ts';
import { useRowsExportScreen } from '../export/useViewExportScreen.ts';
import { useWeightedWorkloads } from '../ranking/useWeightedWorkloads.ts';
import { HoverCard } from './HoverCard.tsx';
import { RoleGlyph } from './ItemList.tsx';
import { LayeredMatrix } from './LayeredMatrix.tsx';
import { MatrixCard } from './MatrixCards.tsx';
import type { MatrixHit } from './matrix-hit.ts';
import {
  COLUMNS_PARAM,
  MATRIX_ORDER_PARAM,
  paramValue,
  readColumnMode,
  readRowOrder,
} from './matrix-params.ts';
import { ORDER_OPTIONS } from './order-options.ts';
import { Segmented } from './Segmented.tsx';
import { useRevealSelected } from './useRevealSelected.ts';
import { useStepSelection } from './useStepSelection.ts';
import './MatrixView.css';

const COLUMN_OPTIONS = [
  { value: 'task', label: 'Tasks 任务' },
  { value: 'item', label: 'Items 条目' },
  {
    value: 'section',
    label: 'Sections 部分',
    hint: 'One column per section, with the number of items led and joined',
  },
] as const;

const VIEW = 'matrix';

function MatrixToolbar(props: {
  mode: ColumnMode;
  order: RowOrder;
  onMode: (mode: ColumnMode) => void;
  onOrder: (order: RowOrder) => void;
}) {
  return (
    <div className="view-bar">
      <h2 className="view-bar-title">
        Agency × task<small>who leads and who cooperates where</small>
      </h2>
      <Segmented<ColumnMode>
        label="Columns"
        name="columns"
        value={props.mode}
        options={COLUMN_OPTIONS}
        onChange={props.onMode}
      />
      <Segmented<RowOrder>
        label="Rows by"
        name="order"
        value={props.order}
        options={ORDER_OPTIONS}
        onChange={props.onOrder}
      />
    </div>
  );
}

export function MatrixView() {
  const { model, params, setParam, selection, select } = useAtlas();
  const { weights, workloads } = useWeightedWorkloads();
  const mode = readColumnMode(params);
  const order = readRowOrder(params, MATRIX_ORDER_PARAM);
  const highlight = selection?.kind === 'agency' ? selection.id : null;
  const matrix = useMemo(() => agencyTaskMatrix(model, workloads, mode), [model, workloads, mode]);
  const scene = useMemo(() => matrixScene(matrix, order, { highlight }), [matrix, order, highlight]);
  const rowOrder = matrix.orders[order];
  const reveal = useRevealSelected(matrix.rows, rowOrder);
  const agencyOrder = useMemo(() => rowOrder.map((r) => matrix.rows[r]?.agencyId ?? ''), [matrix, rowOrder]);
  const onKeyDown = useStepSelection(agencyOrder, VIEW);
  const scroller = useRef<HTMLDivElement>(null);
  const bands = useMemo(() => matrixRowBands(scene.frame, agencyOrder), [scene, agencyOrder]);
  const across = useMemo(
    () => ({
      bands: matrixColumnBands(
        scene.frame,
        matrix.columns.map((c) => c.id),
      ),
      left: scene.frame.left,
    }),
    [scene, matrix],
  );
  useRowsExportScreen({
    view: VIEW,
    weights,
    order,
    columns: mode,
    highlight,
    rows: bands,
    top: scene.frame.top,
    across,
    scroller,
  });
  const [hover, setHover] = useState<{ hit: NonNullable<MatrixHit>; x: number; y: number } | null>(null);

  const pick = (hit: MatrixHit) => {
    if (!hit) return;
    if (hit.region === 'columns') {
      const column = matrix.columns[hit.column];
      if (column) select({ kind: mode, id: column.id }, VIEW);
      return;
    }
    const row = matrix.rows[rowOrder[hit.position] ?? -1];
    if (row) select({ kind: 'agency', id: row.agencyId }, VIEW);
  };

  return (
    <div className="matrix-view" data-mode={mode} data-order={order}>
      <MatrixToolbar
        mode={mode}
        order={order}
        onMode={(v) => setParam(COLUMNS_PARAM, paramValue(v, 'task'))}
        onOrder={(v) => setParam(MATRIX_ORDER_PARAM, paramValue(v, 'load'))}
      />
      <p className="view-hint">
        Each row is an agency, each column a {mode} under its section: <RoleGlyph role="lead" /> the agency
        leads (牵头), <RoleGlyph role="cooperate" /> it cooperates (配合). Totals at the right count its{' '}
        {mode}s, items led and items joined. Hover a cell for the sentences; click a row to select the agency
        everywhere.
      </p>
      <LayeredMatrix
        scene={scene}
        label={`Agency × ${mode} matrix`}
        reveal={reveal}
        scrollerRef={scroller}
        onHover={(hit, x, y) => setHover(hit ? { hit, x, y } : null)}
        onPick={pick}
        onKeyDown={onKeyDown}
      />
      {hover ? (
        <HoverCard x={hover.x} y={hover.y}>
          <MatrixCard model={model} matrix={matrix} order={rowOrder} hit={hover.hit} />
        </HoverCard>
      ) : null}
    </div>
  );
}
