// Which side panels are open, kept in the address (`panels=notices,inspector`) so a reload keeps them.
import { useCallback, useMemo } from 'react';
import { PANELS_PARAM, readPanels, writePanels, type SidePanel } from '../../view-model/scope-address.ts';
import type { Address } from '../useAddress.ts';

export function usePanels(address: Address): {
  panels: ReadonlySet<SidePanel>;
  setPanel: (panel: SidePanel, open: boolean) => void;
} {
  const value = address.url.params[PANELS_PARAM];
  const panels = useMemo(() => readPanels(value), [value]);
  const { setUrl } = address;
  const setPanel = useCallback(
    (panel: SidePanel, open: boolean) =>
      setUrl((u) => {
        const next = new Set(readPanels(u.params[PANELS_PARAM]));
        if (open) next.add(panel);
        else next.delete(panel);
        const params = { ...u.params };
        const written = writePanels(next);
        if (written === null) delete params[PANELS_PARAM];
        else params[PANELS_PARAM] = written;
        return { ...u, params };
      }),
    [setUrl],
  );
  return { panels, setPanel };
}
