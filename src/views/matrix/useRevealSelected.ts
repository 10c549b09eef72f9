// When an agency is selected — in another view, or here with the arrow keys — its row scrolls into view
// (a row clicked here is in view already, so nothing moves).
import { useMemo } from 'react';
import type { MatrixRow } from '../../graph/matrix.ts';
import { useAtlas } from '../atlas.tsx';

export function useRevealSelected(
  rows: readonly MatrixRow[],
  order: readonly number[],
): { position: number; seq: number } | null {
  const { selection } = useAtlas();
  return useMemo(() => {
    if (!selection || selection.kind !== 'agency') return null;
    const row = rows.findIndex((r) => r.agencyId === selection.id);
    const position = order.indexOf(row);
    return position >= 0 ? { position, seq: selection.seq } : null;
  }, [selection, rows, order]);
}
