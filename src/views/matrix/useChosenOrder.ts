// The row order a matrix view draws. The clustering order is asked for only once the user chooses it,
// and is worked out off the main thread; until it arrives the rows stay in load order and the view
// says it is ordering. Every other order is at hand in the matrix.
import { useEffect, useMemo, useState } from 'react';
import { withClusterOrder, type ClusterInput, type RowOrder, type RowOrders } from '../../graph/matrix.ts';
import { clusterOrder, knownClusterOrder } from '../../worker/cluster-order-client.ts';

export interface ChosenOrder<M> {
  /** The matrix, its clustering order filled in once known (reading it then costs nothing). */
  readonly matrix: M;
  /** The order drawn: the one chosen, or load while the clustering order is being worked out. */
  readonly order: RowOrder;
  /** Whether the clustering order is chosen and not yet known. */
  readonly pending: boolean;
}

interface Computed {
  readonly input: ClusterInput;
  readonly order: readonly number[] | null;
}

/** The clustering order for `input` once computed; null while it is, or when it could not be. */
function useClusterOrder(input: ClusterInput | null): { order: readonly number[] | null; done: boolean } {
  const known = useMemo(() => (input ? knownClusterOrder(input) : null), [input]);
  const [computed, setComputed] = useState<Computed | null>(null);
  useEffect(() => {
    if (!input || known) return;
    let live = true;
    clusterOrder(input).then(
      (order) => live && setComputed({ input, order }),
      () => live && setComputed({ input, order: null }),
    );
    return () => {
      live = false;
    };
  }, [input, known]);
  if (known) return { order: known, done: true };
  const mine = computed?.input === input ? computed : null;
  return { order: mine?.order ?? null, done: mine !== null };
}

/** `inputOf` must be a stable function (one defined at module level). */
export function useChosenOrder<M extends { readonly orders: RowOrders }>(
  matrix: M,
  chosen: RowOrder,
  inputOf: (matrix: M) => ClusterInput,
): ChosenOrder<M> {
  const input = useMemo(() => (chosen === 'cluster' ? inputOf(matrix) : null), [matrix, chosen, inputOf]);
  const cluster = useClusterOrder(input);
  const ordered = useMemo(
    () => (cluster.order ? withClusterOrder(matrix, cluster.order) : matrix),
    [matrix, cluster.order],
  );
  if (chosen !== 'cluster') return { matrix, order: chosen, pending: false };
  return cluster.order
    ? { matrix: ordered, order: 'cluster', pending: false }
    : { matrix, order: 'load', pending: !cluster.done };
}
