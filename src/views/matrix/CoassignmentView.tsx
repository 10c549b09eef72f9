// The agency × agency co-assignment matrix view: who is named with whom, how often (the count in each
// cell) and in which role. The same orders as the agency × task matrix, or sorted by one agency's row;
// hovering a cell shows the items two agencies share.
import { useLang, useMessages } from '../i18n/lang-context.tsx';
import { useMemo, useRef, useState } from 'react';
import {
  agencyTaskMatrix,
  coassignmentMatrix,
  partnerClusterInput,
  type RowOrder,
} from '../../graph/matrix.ts';
import { coassignmentScene } from '../../graph/scenes/coassignment-scene.ts';
import { arrangeCoassignment } from '../../graph/sort-by-agency.ts';
import { useAtlas } from '../atlas.tsx';
import { matrixRowBands } from '../export/in-view.ts';
import { useRowsExportScreen } from '../export/useViewExportScreen.ts';
import { blocColor } from '../shared/bloc-colors.ts';
import { useWeightedWorkloads } from '../shared/useWeightedWorkloads.ts';
import { AgencySortPicker } from './AgencySortPicker.tsx';
import { CoassignmentCard } from './CoassignmentCard.tsx';
import { HoverCard } from '../shared/HoverCard.tsx';
import { LayeredMatrix } from './LayeredMatrix.tsx';
import type { MatrixHit } from './matrix-hit.ts';
import {
  COASSIGNMENT_ORDER_PARAM,
  COASSIGNMENT_SORT_PARAM,
  paramValue,
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

const VIEW = 'coassignment';

export function CoassignmentView() {
  const { model, params, setParam, selection, select } = useAtlas();
  const m = useMessages();
  const { lang } = useLang();
  const { weights, workloads } = useWeightedWorkloads();
  const order = readRowOrder(params, COASSIGNMENT_ORDER_PARAM);
  const highlight = selection?.kind === 'agency' ? selection.id : null;
  const blocs = useBlocs(model, order === 'bloc');
  const built = useMemo(
    () => coassignmentMatrix(model, agencyTaskMatrix(model, workloads, 'task', blocs.found)),
    [model, workloads, blocs.found],
  );
  const chosen = useChosenOrder(built, order, partnerClusterInput);
  const matrix = chosen.matrix;
  const drawn = blocs.pending ? 'load' : chosen.order;
  const pending = chosen.pending || blocs.pending;
  const sortBy = readSortAgency(params, COASSIGNMENT_SORT_PARAM, matrix.rows);
  const rowOrder = useMemo(() => arrangeCoassignment(matrix, drawn, sortBy), [matrix, drawn, sortBy]);
  const sortedBy = matrix.rows.find((r) => r.agencyId === sortBy)?.label ?? null;
  const scene = useMemo(
    () =>
      coassignmentScene(matrix, rowOrder, {
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
  useRowsExportScreen({
    view: VIEW,
    weights,
    order,
    sortBy,
    highlight,
    rows: bands,
    top: scene.frame.top,
    scroller,
  });
  const [hover, setHover] = useState<{ hit: NonNullable<MatrixHit>; x: number; y: number } | null>(null);

  const pick = (hit: MatrixHit) => {
    if (!hit) return;
    const position = hit.region === 'columns' ? hit.column : hit.position;
    const row = matrix.rows[rowOrder[position] ?? -1];
    if (row) select({ kind: 'agency', id: row.agencyId }, VIEW);
  };

  return (
    <div className="matrix-view coassignment-view" data-order={drawn} data-sort={sortBy ?? undefined}>
      <div className="view-bar">
        <h2 className="view-bar-title">
          {m.matrix.coTitle}
          <small>{m.matrix.coSubtitle}</small>
        </h2>
        <Segmented<RowOrder>
          label={m.matrix.orderBy}
          name="order"
          value={order}
          options={orderOptions(m)}
          onChange={(v) => setParam(COASSIGNMENT_ORDER_PARAM, paramValue(v, 'load'))}
        />
        <OrderStatus pending={pending} />
        <AgencySortPicker
          rows={matrix.rows}
          value={sortBy}
          selected={highlight}
          onChange={(id) => setParam(COASSIGNMENT_SORT_PARAM, id)}
        />
      </div>
      <p className="view-hint">{m.matrix.coHint}</p>
      <LayeredMatrix
        scene={scene}
        label={m.matrix.coLabel}
        reveal={reveal}
        scrollerRef={scroller}
        onHover={(hit, x, y) => setHover(hit ? { hit, x, y } : null)}
        onPick={pick}
        onKeyDown={onKeyDown}
      />
      {hover ? (
        <HoverCard x={hover.x} y={hover.y}>
          <CoassignmentCard model={model} matrix={matrix} order={rowOrder} hit={hover.hit} />
        </HoverCard>
      ) : null}
    </div>
  );
}
