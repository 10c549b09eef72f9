// Matrix data: agencies × tasks (or items, or sections) with the role in each cell, and agencies ×
// agencies with how often they are named together. Computed here; views only draw it.
import { coordinationBlocs, type Blocs } from '../analysis/blocs.ts';
import { agenciesOf } from '../analysis/coordination.ts';
import type { Workload } from '../analysis/workload.ts';
import type { AgencyId, ItemId, NoticeModel, Role } from '../notice/model.ts';
import { agencyLabels } from '../notice/agency-labels.ts';
import { agencyNoticeColors, letterOf, noticeColor, noticeLetters, taggedNumber } from './notice-letters.ts';
import { orderByBloc, orderByCluster, orderByName, orderByValue } from './order.ts';
import type { Profile } from './jaccard-distances.ts';

export type ColumnMode = 'task' | 'item' | 'section';
export type RowOrder = 'load' | 'name' | 'cluster' | 'bloc';

export interface MatrixRow {
  readonly agencyId: AgencyId;
  readonly label: string;
  readonly name: string;
  readonly generic: boolean;
  readonly led: number;
  readonly joined: number;
  readonly load: number;
  /** Cells filled in this row. */
  readonly total: number;
  /** The coordination bloc the agency belongs to (1 the heaviest), null for collective actors. */
  readonly bloc: number | null;
  /** With several notices in view: its notice's colour, or the bridge colour when several name it. */
  readonly noticeColor?: string;
}

/** A coordination bloc as the matrices show it: named by its heaviest agency's label. */
export interface MatrixBloc {
  readonly id: number;
  readonly name: string;
}

export interface MatrixColumn {
  readonly id: string;
  readonly label: string;
  readonly title: string;
  /** The section band the column sits under. */
  readonly groupId: string | null;
  readonly groupLabel: string;
  /** With several notices in view, the colour of the notice the column's section belongs to. */
  readonly groupColor?: string;
  readonly total: number;
}

export interface MatrixCell {
  readonly row: number;
  readonly column: number;
  /** The strongest role the agency has in the column: lead over responsible over cooperate. */
  readonly role: Role;
  readonly led: number;
  readonly joined: number;
  readonly items: readonly ItemId[];
}

export interface AgencyTaskMatrix {
  readonly mode: ColumnMode;
  readonly rows: readonly MatrixRow[];
  readonly columns: readonly MatrixColumn[];
  readonly cells: readonly MatrixCell[];
  readonly blocs: readonly MatrixBloc[];
  /** Row orders, as indices into `rows`. */
  readonly orders: RowOrders;
}

/** Row orders, as indices into the rows. The clustering order is computed when first read (see
 *  `lazyRowOrders`), or given by `withClusterOrder` when it was computed elsewhere (a worker). */
export type RowOrders = Readonly<Record<RowOrder, readonly number[]>>;

/** What a clustering order is computed from: each row's profile (the indices it is named in) and its
 *  weight (the heavier branch of the dendrogram goes first). */
export interface ClusterInput {
  readonly profiles: readonly Profile[];
  readonly weights: readonly number[];
}

/** The orders, the clustering one computed on first read and kept: it costs O(n²) time and memory
 *  (a second at 2,000 agencies), which a view that never shows it should not pay. */
function lazyRowOrders(orders: Omit<RowOrders, 'cluster'>, input: () => ClusterInput): RowOrders {
  let cluster: readonly number[] | null = null;
  return Object.freeze({
    load: orders.load,
    name: orders.name,
    bloc: orders.bloc,
    get cluster(): readonly number[] {
      if (!cluster) {
        const { profiles, weights } = input();
        cluster = orderByCluster(profiles, weights);
      }
      return cluster;
    },
  });
}

/** The matrix with its clustering order given, as computed elsewhere from its `ClusterInput`. Reading
 *  the other orders leaves the lazy one alone. */
export function withClusterOrder<M extends { readonly orders: RowOrders }>(
  matrix: M,
  cluster: readonly number[],
): M {
  const { load, name, bloc } = matrix.orders;
  return { ...matrix, orders: { load, name, bloc, cluster } };
}

const STRENGTH: Record<Role, number> = { lead: 3, responsible: 2, cooperate: 1 };

function columnsFor(
  model: NoticeModel,
  mode: ColumnMode,
): { columns: MatrixColumn[]; columnOf: (item: NoticeModel['items'][number]) => number } {
  // Several notices in view: each number carries its notice's letter (`B·3`), so none collide.
  const letters = noticeLetters(model);
  const number = (id: string, ordinal: number) => taggedNumber(letterOf(letters, id), ordinal);
  const sectionLabel = new Map(model.sections.map((s) => [s.id, `${number(s.id, s.ordinal)}. ${s.title}`]));
  const noticeIndex = new Map([...letters.values()].map((letter, i) => [letter, i]));
  const colorOf = (id: string) => {
    const letter = letterOf(letters, id);
    return letter === null ? {} : { groupColor: noticeColor(noticeIndex.get(letter) ?? 0) };
  };
  const group = (sectionId: string | null) => ({
    groupId: sectionId,
    groupLabel: sectionId ? (sectionLabel.get(sectionId as never) ?? '') : '',
    ...(sectionId ? colorOf(sectionId) : {}),
  });
  if (mode === 'section') {
    const index = new Map(model.sections.map((s, i) => [s.id, i]));
    const columns = model.sections.map((s) => ({
      id: s.id,
      label: number(s.id, s.ordinal),
      title: s.title,
      ...group(s.id),
      total: 0,
    }));
    return { columns, columnOf: (item) => (item.sectionId ? (index.get(item.sectionId) ?? -1) : -1) };
  }
  if (mode === 'item') {
    const index = new Map(model.items.map((a, i) => [a.id, i]));
    const columns = model.items.map((a, i) => ({
      id: a.id,
      label: String(i + 1),
      title: a.title ?? '',
      ...group(a.sectionId),
      total: 0,
    }));
    return { columns, columnOf: (item) => index.get(item.id) ?? -1 };
  }
  const index = new Map(model.tasks.map((t, i) => [t.id, i]));
  const columns = model.tasks.map((t) => ({
    id: t.id,
    label: number(t.id, t.ordinal),
    title: t.title,
    ...group(t.sectionId),
    total: 0,
  }));
  return { columns, columnOf: (item) => (item.taskId ? (index.get(item.taskId) ?? -1) : -1) };
}

export function agencyTaskMatrix(
  model: NoticeModel,
  workloads: ReadonlyMap<AgencyId, Workload>,
  mode: ColumnMode = 'task',
  /** The coordination blocs when found elsewhere (a view has them from a worker); found here if not. */
  found: Blocs = coordinationBlocs(model),
): AgencyTaskMatrix {
  const labels = agencyLabels(model.agencies);
  const rowIndex = new Map(model.agencies.map((a, i) => [a.id, i]));
  const { columns, columnOf } = columnsFor(model, mode);
  const cells = new Map<
    number,
    { row: number; column: number; role: Role; led: number; joined: number; items: ItemId[] }
  >();
  for (const item of model.items) {
    const column = columnOf(item);
    if (column < 0) continue;
    const roles: [Role, readonly AgencyId[]][] = [
      ['lead', item.leads],
      ['responsible', item.responsible],
      ['cooperate', item.cooperators],
    ];
    for (const [role, ids] of roles) {
      for (const id of ids) {
        const row = rowIndex.get(id);
        if (row === undefined) continue;
        const key = row * columns.length + column;
        const cell = cells.get(key) ?? { row, column, role, led: 0, joined: 0, items: [] };
        if (STRENGTH[role] > STRENGTH[cell.role]) cell.role = role;
        if (role === 'lead') cell.led++;
        else cell.joined++;
        if (!cell.items.includes(item.id)) cell.items.push(item.id);
        cells.set(key, cell);
      }
    }
  }
  const rowTotals = new Array<number>(model.agencies.length).fill(0);
  const colTotals = new Array<number>(columns.length).fill(0);
  for (const cell of cells.values()) {
    rowTotals[cell.row] = (rowTotals[cell.row] ?? 0) + 1;
    colTotals[cell.column] = (colTotals[cell.column] ?? 0) + 1;
  }
  const { blocs, blocOf } = found;
  const noticeColors = agencyNoticeColors(model);
  const rows = model.agencies.map((a, i): MatrixRow => {
    const w = workloads.get(a.id);
    const noticeColor = noticeColors.get(a.id);
    return {
      agencyId: a.id,
      label: labels.get(a.id) ?? a.name,
      name: a.name,
      generic: a.generic,
      led: w?.led ?? 0,
      joined: w?.joined ?? 0,
      load: w?.load ?? 0,
      total: rowTotals[i] ?? 0,
      bloc: blocOf.get(a.id) ?? null,
      ...(noticeColor ? { noticeColor } : {}),
    };
  });
  const loads = rows.map((r) => r.load);
  const matrix: AgencyTaskMatrix = {
    mode,
    rows,
    columns: columns.map((c, i) => ({ ...c, total: colTotals[i] ?? 0 })),
    cells: [...cells.values()].sort((a, b) => a.row - b.row || a.column - b.column),
    blocs: blocs.map((b) => ({ id: b.id, name: labels.get(b.agencies[0] as AgencyId) ?? '' })),
    orders: lazyRowOrders(
      {
        load: orderByValue(loads),
        name: orderByName(rows.map((r) => r.label)),
        bloc: orderByBloc(
          rows.map((r) => r.agencyId),
          blocs.map((b) => b.agencies),
          loads,
        ),
      },
      () => taskClusterInput(matrix),
    ),
  };
  return matrix;
}

/** The clustering input of the agency × column matrix: each row's columns, weighted by its load, so
 *  agencies working in the same tasks (items, sections) sit together. */
export function taskClusterInput(matrix: AgencyTaskMatrix): ClusterInput {
  const profiles = matrix.rows.map((): number[] => []);
  for (const cell of matrix.cells) profiles[cell.row]?.push(cell.column);
  return { profiles, weights: matrix.rows.map((r) => r.load) };
}

/** The matrix with only the columns named (in the matrix's order), as a view scrolled across shows
 *  it; rows, their orders and all totals stay those of the whole matrix. */
export function keepColumns(matrix: AgencyTaskMatrix, ids: readonly string[]): AgencyTaskMatrix {
  const keep = new Set(ids);
  const kept = matrix.columns.flatMap((c, i) => (keep.has(c.id) ? [i] : []));
  const newIndex = new Map(kept.map((old, i) => [old, i]));
  return {
    ...matrix,
    columns: kept.map((i) => matrix.columns[i] as MatrixColumn),
    cells: matrix.cells.flatMap((cell) => {
      const column = newIndex.get(cell.column);
      return column === undefined ? [] : [{ ...cell, column }];
    }),
  };
}

export interface CoassignmentMatrix {
  readonly rows: readonly MatrixRow[];
  readonly blocs: readonly MatrixBloc[];
  /** counts[i][j]: items agencies i and j are both named in; counts[i][i]: items i is named in. */
  readonly counts: readonly (readonly number[])[];
  /** roles[i][j]: i's strongest role in the items it shares with j (lead over responsible over
   *  cooperate), null where they share none. Not symmetric: the row's side of the pair. */
  readonly roles: readonly (readonly (Role | null)[])[];
  /** led[i][j]: of the items i shares with j, those i leads. */
  readonly led: readonly (readonly number[])[];
  readonly items: ReadonlyMap<string, readonly ItemId[]>;
  readonly orders: RowOrders;
}

export function coassignmentMatrix(model: NoticeModel, base: AgencyTaskMatrix): CoassignmentMatrix {
  const n = base.rows.length;
  const index = new Map(base.rows.map((r, i) => [r.agencyId, i]));
  const counts = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const roles = Array.from({ length: n }, () => new Array<Role | null>(n).fill(null));
  const led = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const items = new Map<string, ItemId[]>();
  for (const item of model.items) {
    const named = agenciesOf(item)
      .map((id) => index.get(id))
      .filter((i): i is number => i !== undefined);
    const roleOf = itemRoles(item, index);
    for (const i of named) {
      const role = roleOf.get(i) ?? 'cooperate';
      for (const j of named) {
        (counts[i] as number[])[j] = ((counts[i] as number[])[j] ?? 0) + 1;
        const before = roles[i]?.[j];
        if (!before || STRENGTH[role] > STRENGTH[before]) (roles[i] as (Role | null)[])[j] = role;
        if (role === 'lead') (led[i] as number[])[j] = ((led[i] as number[])[j] ?? 0) + 1;
        if (i < j) {
          const key = `${i},${j}`;
          const list = items.get(key) ?? [];
          list.push(item.id);
          items.set(key, list);
        }
      }
    }
  }
  const { load, name, bloc } = base.orders;
  const matrix: CoassignmentMatrix = {
    rows: base.rows,
    blocs: base.blocs,
    counts,
    roles,
    led,
    items,
    orders: lazyRowOrders({ load, name, bloc }, () => partnerClusterInput(matrix)),
  };
  return matrix;
}

/** The clustering input of the agency × agency matrix: each agency's partners (those it shares an
 *  item with), weighted by the items it shares, so agencies working with the same others sit together. */
export function partnerClusterInput(matrix: CoassignmentMatrix): ClusterInput {
  const profiles: number[][] = [];
  const weights: number[] = [];
  matrix.counts.forEach((row, i) => {
    const partners: number[] = [];
    let shared = 0;
    row.forEach((c, j) => {
      if (c > 0 && j !== i) {
        partners.push(j);
        shared += c;
      }
    });
    profiles.push(partners);
    weights.push(shared);
  });
  return { profiles, weights };
}

/** Each agency's strongest role in one item, by row index. */
function itemRoles(
  item: NoticeModel['items'][number],
  index: ReadonlyMap<AgencyId, number>,
): Map<number, Role> {
  const roles = new Map<number, Role>();
  const lists: [Role, readonly AgencyId[]][] = [
    ['cooperate', item.cooperators],
    ['responsible', item.responsible],
    ['lead', item.leads],
  ];
  // Weakest first, so a stronger role named for the same agency overwrites it.
  for (const [role, ids] of lists)
    for (const id of ids) {
      const i = index.get(id);
      if (i !== undefined) roles.set(i, role);
    }
  return roles;
}
