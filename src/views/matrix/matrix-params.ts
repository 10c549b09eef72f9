// The matrix views' settings in the address: which columns (`mcols=task|item|section`) and which row
// order (`morder=load|name|cluster`, `corder=…` for the agency × agency matrix). Defaults are left out
// of the address, so a plain link opens the plain view. Pure.
import type { ColumnMode, RowOrder } from '../../graph/matrix.ts';

export const COLUMNS_PARAM = 'mcols';
export const MATRIX_ORDER_PARAM = 'morder';
export const COASSIGNMENT_ORDER_PARAM = 'corder';

const MODES: readonly ColumnMode[] = ['task', 'item', 'section'];
const ORDERS: readonly RowOrder[] = ['load', 'name', 'cluster'];

export function readColumnMode(params: Readonly<Record<string, string>>): ColumnMode {
  const value = params[COLUMNS_PARAM] as ColumnMode | undefined;
  return value && MODES.includes(value) ? value : 'task';
}

export function readRowOrder(params: Readonly<Record<string, string>>, key: string): RowOrder {
  const value = params[key] as RowOrder | undefined;
  return value && ORDERS.includes(value) ? value : 'load';
}

/** The address value for a setting: null (left out) for the default. */
export function paramValue<T extends string>(value: T, fallback: T): string | null {
  return value === fallback ? null : value;
}
