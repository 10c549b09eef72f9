// The change network of the comparison on screen and its positions, laid out by the app's seeded
// fcose (on the page for a network of this size): the section draws them and the diagram export
// uses the same positions, so the file shows the picture on screen.
import { useEffect, useMemo, useState } from 'react';
import { changeNetwork, changeNetworkJob, type ChangeNetwork } from '../../compare/change-network.ts';
import type { NoticeComparison } from '../../compare/compare-notices.ts';
import type { Positions } from '../../graph/positions.ts';
import { jobLayout } from '../../layout/compute-layout.ts';

export interface LaidOutNetwork {
  readonly network: ChangeNetwork;
  /** Null while the layout runs. */
  readonly positions: Positions | null;
  readonly error: string | null;
}

export function useChangeNetwork(comparison: NoticeComparison): LaidOutNetwork {
  const network = useMemo(() => changeNetwork(comparison), [comparison]);
  const [placed, setPlaced] = useState<{
    network: ChangeNetwork;
    positions: Positions | null;
    error: string | null;
  } | null>(null);
  useEffect(() => {
    let live = true;
    jobLayout(changeNetworkJob(network)).then(
      (positions) => live && setPlaced({ network, positions, error: null }),
      (error: unknown) =>
        live &&
        setPlaced({
          network,
          positions: null,
          error: error instanceof Error ? error.message : String(error),
        }),
    );
    return () => {
      live = false;
    };
  }, [network]);
  // Positions of an earlier comparison are not this one's.
  const current = placed?.network === network ? placed : null;
  return { network, positions: current?.positions ?? null, error: current?.error ?? null };
}
