// The row orders both matrices offer, in plain words (the interface's language).
import type { RowOrder } from '../../graph/matrix.ts';
import type { Messages } from '../i18n/messages.ts';
import type { SegmentedOption } from '../shared/Segmented.tsx';

const ORDERS: readonly RowOrder[] = ['load', 'name', 'cluster', 'bloc'];

export function orderOptions(m: Messages): readonly SegmentedOption<RowOrder>[] {
  return ORDERS.map((value) => ({ value, label: m.matrix.orders[value], hint: m.matrix.orderHints[value] }));
}
