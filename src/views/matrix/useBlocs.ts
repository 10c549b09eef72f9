// The coordination blocs a matrix view bands its rows by. Found in a worker (Louvain holds a busy page
// for most of a second at 500 agencies), and only once the bloc order is chosen: until they arrive
// the rows stay in load order and the view says it is ordering, as for the clustering order.
import { useEffect, useState } from 'react';
import type { Blocs } from '../../analysis/blocs.ts';
import type { NoticeModel } from '../../notice/model.ts';
import { findBlocs, knownBlocs } from '../../worker/blocs-client.ts';

/** No blocs yet: every agency outside one, so the bloc order is the load order. */
export const NO_BLOCS: Blocs = Object.freeze({ blocs: [], blocOf: new Map() });

export interface MatrixBlocs {
  /** The blocs when known (found for this notice before, or just now), else none. */
  readonly found: Blocs;
  /** The bloc order is chosen and its blocs are not known yet. */
  readonly pending: boolean;
}

export function useBlocs(model: NoticeModel, wanted: boolean): MatrixBlocs {
  const known = knownBlocs(model);
  const [arrived, setArrived] = useState<{ model: NoticeModel; blocs: Blocs | null } | null>(null);
  const mine = arrived?.model === model ? arrived : null;
  useEffect(() => {
    if (!wanted || known) return;
    let live = true;
    findBlocs(model).then(
      (blocs) => live && setArrived({ model, blocs }),
      () => live && setArrived({ model, blocs: null }),
    );
    return () => {
      live = false;
    };
  }, [model, wanted, known]);
  const found = known ?? mine?.blocs ?? null;
  // A failure leaves the rows unbanded (in load order) rather than the view waiting for ever.
  return { found: found ?? NO_BLOCS, pending: wanted && found === null && mine === null };
}
