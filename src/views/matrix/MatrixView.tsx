// The agency × task matrix view: who leads and who cooperates in which task, item or section. Rows can
// be ordered by load, by name, by similar task profiles or by bloc, and the sheet sorted by one
// agency's row; hovering a cell shows the items' sentences; clicking a row selects the agency in every view.
import { useLang, useMessages } from '../i18n/lang-context.tsx';
import type { Messages } from '../i18n/messages.ts';
import type { SegmentedOption } from '../shared/Segmented.tsx';
import { useDeferredValue, useMemo, useRef, useState } from 'react';
import {
  agencyTaskMatrix,
  coassignmentMatrix,
  taskClusterInput,
  type AgencyTaskMatrix,
  type ColumnMode,
  type MatrixRow,
  type RowOrder,
} from '../../graph/matrix.ts';
import { matrixScene } from '../../graph/scenes/matrix-scene.ts';
import { arrangeAgencyTask } from '../../graph/sort-by-agency.ts';
import { useAtlas } from '../atlas.tsx';
import { matrixColumnBands, matrixRowBands } from '../export/in-view.ts';
import { useRowsExportScreen } from '../export/useViewExportScreen.ts';
import { blocColor } from '../shared/bloc-colors.ts';
import { useWeightedWorkloads } from '../shared/useWeightedWorkloads.ts';
import { AgencySortPicker } from './AgencySortPicker.tsx';
import { HoverCard } from '../shared/HoverCard.tsx';
import { RoleGlyph } from '../shared/ItemList.tsx';
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
} from '../shared/matrix-params.ts';
import { orderOptions } from './order-options.ts';
import { OrderStatus } from './OrderStatus.tsx';
import { Segmented } from '../shared/Segmented.tsx';
import { useBlocs } from './useBlocs.ts';
import { useChosenOrder } from './useChosenOrder.ts';
import { useRevealSelected } from './useRevealSelected.ts';
import { useStepSelection } from '../shared/useStepSelection.ts';
import './MatrixView.css';

function columnOptions(m: Messages): readonly SegmentedOption<ColumnMode>[] {
  return [
    { value: 'task', label: m.matrix.columnModes.task },
    { value: 'item', label: m.matrix.columnModes.item },
    { value: 'section', label: m.matrix.columnModes.section, hint: m.matrix.sectionColumnsHint },
  ];
}

const VIEW = 'matrix';

function MatrixToolbar(props: {
  mode: ColumnMode;
  order: RowOrder;
  ordering: boolean;
  rows: readonly MatrixRow[];
  sortBy: string | null;
  selected: string | null;
  onMode: (mode: ColumnMode) => void;
  onOrder: (order: RowOrder) => void;
  onSort: (agencyId: string | null) => void;
}) {
  const m = useMessages();
  return (
    <div className="view-bar">
      <h2 className="view-bar-title">
        {m.matrix.matrixTitle}
        <small>{m.matrix.matrixSubtitle}</small>
      </h2>
      <Segmented<ColumnMode>
        label={m.matrix.columns}
        name="columns"
        value={props.mode}
        options={columnOptions(m)}
        onChange={props.onMode}
      />
      <Segmented<RowOrder>
        label={m.matrix.rowsBy}
        name="order"
        value={props.order}
        options={orderOptions(m)}
        onChange={props.onOrder}
      />
      <OrderStatus pending={props.ordering} />
      <AgencySortPicker
        rows={props.rows}
        value={props.sortBy}
        selected={props.selected}
        onChange={props.onSort}
      />
    </div>
  );
}

/** Above this many items the matrix is first built in a background render, which React breaks
 *  between components: the matrix here, the scene in MatrixSheet, the canvas index below it — one
 *  task for all of them held the page for a third of a second at 3,000 items (issue #15). */
const STAGED_ABOVE_ITEMS = 400;

export function MatrixView() {
  const { model, params } = useAtlas();
  const { workloads } = useWeightedWorkloads();
  const mode = readColumnMode(params);
  const order = readRowOrder(params, MATRIX_ORDER_PARAM);
  const blocs = useBlocs(model, order === 'bloc');
  const ready = useDeferredValue(true, model.items.length <= STAGED_ABOVE_ITEMS);
  const built = useMemo(
    () => (ready ? agencyTaskMatrix(model, workloads, mode, blocs.found) : null),
    [ready, model, workloads, mode, blocs.found],
  );
  if (!built) return <div className="matrix-view" data-mode={mode} aria-busy="true" />;
  return <MatrixSheet built={built} blocsPending={blocs.pending} />;
}

function MatrixSheet({ built, blocsPending }: { built: AgencyTaskMatrix; blocsPending: boolean }) {
  const { model, params, setParam, selection, select } = useAtlas();
  const { weights } = useWeightedWorkloads();
  const m = useMessages();
  const { lang } = useLang();
  const mode = built.mode;
  const order = readRowOrder(params, MATRIX_ORDER_PARAM);
  const highlight = selection?.kind === 'agency' ? selection.id : null;
  const chosen = useChosenOrder(built, order, taskClusterInput);
  const whole = chosen.matrix;
  const drawn = blocsPending ? 'load' : chosen.order;
  const pending = chosen.pending || blocsPending;
  const sortBy = readSortAgency(params, MATRIX_SORT_PARAM, whole.rows);
  // The agency × agency counts (n² cells) only serve a sort by one agency: built when one is chosen.
  const sorting = sortBy !== null;
  const shared = useMemo(() => (sorting ? coassignmentMatrix(model, built) : null), [model, built, sorting]);
  const { matrix, rowOrder } = useMemo(
    () =>
      shared
        ? arrangeAgencyTask(whole, shared, drawn, sortBy)
        : { matrix: whole, rowOrder: whole.orders[drawn] },
    [whole, shared, drawn, sortBy],
  );
  const sortedBy = whole.rows.find((r) => r.agencyId === sortBy)?.label ?? null;
  const scene = useMemo(
    () =>
      matrixScene(matrix, rowOrder, {
        highlight,
        sortedBy,
        lang,
        ...(drawn === 'bloc' && !sortBy ? { blocColor } : {}),
      }),
    [matrix, rowOrder, highlight, sortedBy, drawn, sortBy, lang],
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
  const modeWord = lang === 'zh' ? m.matrix.columnModes[mode] : mode;
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
    <div className="matrix-view" data-mode={mode} data-order={drawn} data-sort={sortBy ?? undefined}>
      <MatrixToolbar
        mode={mode}
        order={order}
        ordering={pending}
        rows={whole.rows}
        sortBy={sortBy}
        selected={highlight}
        onMode={(v) => setParam(COLUMNS_PARAM, paramValue(v, 'task'))}
        onOrder={(v) => setParam(MATRIX_ORDER_PARAM, paramValue(v, 'load'))}
        onSort={(id) => setParam(MATRIX_SORT_PARAM, id)}
      />
      <p className="view-hint">
        <RoleGlyph role="lead" /> <RoleGlyph role="cooperate" /> {m.matrix.matrixHint(modeWord)}
      </p>
      <LayeredMatrix
        scene={scene}
        label={m.matrix.matrixLabel(modeWord)}
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
