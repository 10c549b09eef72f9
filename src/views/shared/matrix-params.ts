// The matrix views' settings in the address: which columns (`mcols=task|item|section`), which row
// order (`morder=load|name|cluster|bloc`, `corder=…` for the agency × agency matrix), and the agency
// whose row sorts the sheet (`msort=ag:…`, `csort=ag:…`). Defaults are left out of the address, so a
// plain link opens the plain view. Pure.
import type { ColumnMode, RowOrder } from '../../graph/matrix.ts';

export const COLUMNS_PARAM = 'mcols';
export const MATRIX_ORDER_PARAM = 'morder';
export const COASSIGNMENT_ORDER_PARAM = 'corder';
export const MATRIX_SORT_PARAM = 'msort';
export const COASSIGNMENT_SORT_PARAM = 'csort';

const MODES: readonly ColumnMode[] = ['task', 'item', 'section'];
const ORDERS: readonly RowOrder[] = ['load', 'name', 'cluster', 'bloc'];

export function readColumnMode(params: Readonly<Record<string, string>>): ColumnMode {
  const value = params[COLUMNS_PARAM] as ColumnMode | undefined;
  return value && MODES.includes(value) ? value : 'task';
}

export function readRowOrder(params: Readonly<Record<string, string>>, key: string): RowOrder {
  const value = params[key] as RowOrder | undefined;
  return value && ORDERS.includes(value) ? value : 'load';
}

/** The agency the sheet is sorted by, if the address names one of the notice's agencies. */
export function readSortAgency(
  params: Readonly<Record<string, string>>,
  key: string,
  agencies: readonly { readonly agencyId: string }[],
): string | null {
  const value = params[key];
  return value && agencies.some((a) => a.agencyId === value) ? value : null;
}

/** The address value for a setting: null (left out) for the default. */
export function paramValue<T extends string>(value: T, fallback: T): string | null {
  return value === fallback ? null : value;
}
