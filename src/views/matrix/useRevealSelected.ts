// When an agency is selected in another view, the matrix scrolls its row into view.
import { useMemo } from 'react';
import type { MatrixRow } from '../../graph/matrix.ts';
import { useAtlas } from '../atlas.tsx';

export function useRevealSelected(
  rows: readonly MatrixRow[],
  order: readonly number[],
  view: string,
): { position: number; seq: number } | null {
  const { selection } = useAtlas();
  return useMemo(() => {
    if (!selection || selection.kind !== 'agency' || selection.from === view) return null;
    const row = rows.findIndex((r) => r.agencyId === selection.id);
    const position = order.indexOf(row);
    return position >= 0 ? { position, seq: selection.seq } : null;
  }, [selection, rows, order, view]);
}
