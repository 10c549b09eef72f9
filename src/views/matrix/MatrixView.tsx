// The agency × task matrix view: who leads and who cooperates in which task, item or section. Rows can
// be ordered by load, by name, by similar task profiles or by bloc, and the sheet sorted by one
// agency's row; hovering a cell shows the items' sentences; clicking a row selects the agency in every view.
import { useMemo, useRef, useState } from 'react';
import {
  agencyTaskMatrix,
  coassignmentMatrix,
  type ColumnMode,
  type MatrixRow,
  type RowOrder,
} from '../../graph/matrix.ts';
import { matrixScene } from '../../graph/scenes/matrix-scene.ts';
import { arrangeAgencyTask } from '../../graph/sort-by-agency.ts';
import { useAtlas } from '../atlas.tsx';
import { matrixColumnBands, matrixRowBands } from '../export/in-view.ts';
import { useRowsExportScreen } from '../export/useViewExportScreen.ts';
import { blocColor } from '../measures/bloc-colors.ts';
import { useWeightedWorkloads } from '../ranking/useWeightedWorkloads.ts';
import { AgencySortPicker } from './AgencySortPicker.tsx';
import { HoverCard } from './HoverCard.tsx';
import { RoleGlyph } from './ItemList.tsx';
import { LayeredMatrix } from './LayeredMatrix.tsx';
import { MatrixCard } from './MatrixCards.tsx';
import type { MatrixHit } from './matrix-hit.ts';
import {
  COLUMNS_PARAM,
  MATRIX_ORDER_PARAM,
  MATRIX_SORT_PARAM,
  paramValue,
  readColumnMode,
  readRowOrder,
  readSortAgency,
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
  rows: readonly MatrixRow[];
  sortBy: string | null;
  selected: string | null;
  onMode: (mode: ColumnMode) => void;
  onOrder: (order: RowOrder) => void;
  onSort: (agencyId: string | null) => void;
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
      <AgencySortPicker
        rows={props.rows}
        value={props.sortBy}
        selected={props.selected}
        onChange={props.onSort}
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
  const whole = useMemo(() => agencyTaskMatrix(model, workloads, mode), [model, workloads, mode]);
  const shared = useMemo(() => coassignmentMatrix(model, whole), [model, whole]);
  const sortBy = readSortAgency(params, MATRIX_SORT_PARAM, whole.rows);
  const { matrix, rowOrder } = useMemo(
    () => arrangeAgencyTask(whole, shared, order, sortBy),
    [whole, shared, order, sortBy],
  );
  const sortedBy = whole.rows.find((r) => r.agencyId === sortBy)?.label ?? null;
  const scene = useMemo(
    () =>
      matrixScene(matrix, rowOrder, {
        highlight,
        sortedBy,
        ...(order === 'bloc' && !sortBy ? { blocColor } : {}),
      }),
    [matrix, rowOrder, highlight, sortedBy, order, sortBy],
  );
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
    sortBy,
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
    <div className="matrix-view" data-mode={mode} data-order={order} data-sort={sortBy ?? undefined}>
      <MatrixToolbar
        mode={mode}
        order={order}
        rows={whole.rows}
        sortBy={sortBy}
        selected={highlight}
        onMode={(v) => setParam(COLUMNS_PARAM, paramValue(v, 'task'))}
        onOrder={(v) => setParam(MATRIX_ORDER_PARAM, paramValue(v, 'load'))}
        onSort={(id) => setParam(MATRIX_SORT_PARAM, id)}
      />
      <p className="view-hint">
        Each row is an agency, each column a {mode} under its section: <RoleGlyph role="lead" /> the agency
        leads (牵头), <RoleGlyph role="cooperate" /> it cooperates (配合). Totals at the right count its{' '}
        {mode}s, items led and items joined. Hover a cell for the sentences; click a row to select the agency
        everywhere. Sorted by an agency, its {mode}s come first, those it leads before those it joins, and the
        agencies that share most with it come first.
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
