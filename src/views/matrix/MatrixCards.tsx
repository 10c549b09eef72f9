// What hovering the agency × task matrix shows: a cell's items with their sentences, a row's figures,
// or a column's full title.
import { useMessages } from '../i18n/lang-context.tsx';
import { useMemo } from 'react';
import type { AgencyTaskMatrix, MatrixCell } from '../../graph/matrix.ts';
import { columnText } from '../../graph/scenes/matrix-geometry.ts';
import type { NoticeModel } from '../../notice/model.ts';
import { itemIndex, itemSentences } from '../shared/cell-detail.ts';
import { ItemList } from '../shared/ItemList.tsx';
import type { MatrixHit } from './matrix-hit.ts';

export function MatrixCard(props: {
  model: NoticeModel;
  matrix: AgencyTaskMatrix;
  order: readonly number[];
  hit: NonNullable<MatrixHit>;
}) {
  const { model, matrix, order, hit } = props;
  const cells = useMemo(
    () => new Map(matrix.cells.map((c) => [c.row * matrix.columns.length + c.column, c])),
    [matrix],
  );
  const index = useMemo(() => itemIndex(model), [model]);
  const m = useMessages();
  if (hit.region === 'columns') {
    const column = matrix.columns[hit.column];
    if (!column) return null;
    return (
      <>
        <p className="hover-card-subtitle">{column.groupLabel}</p>
        <p className="hover-card-title">{columnText(matrix, hit.column)}</p>
        <p className="hover-card-figures">
          {column.total} {column.total === 1 ? 'agency' : 'agencies'} named · click to select
        </p>
      </>
    );
  }
  const r = order[hit.position];
  const row = r === undefined ? undefined : matrix.rows[r];
  if (!row || r === undefined) return null;
  const cell: MatrixCell | undefined =
    hit.region === 'body' && hit.column !== null
      ? cells.get(r * matrix.columns.length + hit.column)
      : undefined;
  if (!cell) {
    return (
      <>
        <p className="hover-card-title">{row.name}</p>
        <p className="hover-card-figures">
          {m.cards.rowFigures(
            row.load,
            row.led,
            row.joined,
            row.total,
            m.cards.units[matrix.mode] ?? matrix.mode,
          )}
          {row.generic ? m.cards.generic : ''}
        </p>
      </>
    );
  }
  const sentences = itemSentences(model, index, cell.items, [row.agencyId]);
  return (
    <>
      <p className="hover-card-title">{row.name}</p>
      <p className="hover-card-subtitle">{columnText(matrix, cell.column)}</p>
      <p className="hover-card-figures">{m.cards.cellFigures(cell.led, cell.joined)}</p>
      <ItemList sentences={sentences} names={[row.label]} />
    </>
  );
}
