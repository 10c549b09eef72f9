// What hovering the co-assignment matrix shows: the items two agencies share, each with both roles and
// its sentence, or one agency's partners and items.
import { useMessages } from '../i18n/lang-context.tsx';
import { useMemo } from 'react';
import type { CoassignmentMatrix, MatrixRow } from '../../graph/matrix.ts';
import type { NoticeModel } from '../../notice/model.ts';
import { itemIndex, itemSentences } from '../shared/cell-detail.ts';
import { ItemList } from '../shared/ItemList.tsx';
import type { MatrixHit } from './matrix-hit.ts';

function AgencyFigures({
  row,
  matrix,
  index,
}: {
  row: MatrixRow;
  matrix: CoassignmentMatrix;
  index: number;
}) {
  const counts = matrix.counts[index] ?? [];
  const partners = counts.filter((c, j) => c > 0 && j !== index).length;
  const m = useMessages();
  return (
    <>
      <p className="hover-card-title">{row.name}</p>
      <p className="hover-card-figures">{m.cards.agencyFigures(counts[index] ?? 0, partners, row.load)}</p>
    </>
  );
}

export function CoassignmentCard(props: {
  model: NoticeModel;
  matrix: CoassignmentMatrix;
  order: readonly number[];
  hit: NonNullable<MatrixHit>;
}) {
  const { model, matrix, order, hit } = props;
  const index = useMemo(() => itemIndex(model), [model]);
  const m = useMessages();
  const i = order[hit.region === 'columns' ? hit.column : hit.position];
  const a = i === undefined ? undefined : matrix.rows[i];
  if (!a || i === undefined) return null;
  const j = hit.region === 'body' && hit.column !== null ? order[hit.column] : undefined;
  const b = j === undefined ? undefined : matrix.rows[j];
  if (!b || j === undefined || j === i) return <AgencyFigures row={a} matrix={matrix} index={i} />;
  const ids = matrix.items.get(`${Math.min(i, j)},${Math.max(i, j)}`) ?? [];
  if (ids.length === 0) return null;
  const sentences = itemSentences(model, index, ids, [a.agencyId, b.agencyId]);
  return (
    <>
      <p className="hover-card-title">
        {a.label} & {b.label}
      </p>
      <p className="hover-card-figures">{m.cards.together(ids.length)}</p>
      <ItemList sentences={sentences} names={[a.label, b.label]} />
    </>
  );
}
