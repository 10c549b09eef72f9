// When an agency is selected (elsewhere, or here with the arrow keys), its bar scrolls into view below
// the sticky key.
import { useEffect, type RefObject } from 'react';
import type { RankingScene } from '../../graph/scenes/ranking-scene.ts';
import { useAtlas } from '../atlas.tsx';

export function useRevealRankingRow(scroller: RefObject<HTMLDivElement | null>, scene: RankingScene): void {
  const { selection } = useAtlas();
  const id = selection?.kind === 'agency' ? selection.id : null;
  const seq = selection?.seq;
  useEffect(() => {
    const box = scroller.current;
    const row = scene.rows.find((r) => r.agencyId === id);
    if (!box || !row) return;
    // The scroller holds the sticky key (scene.top tall) and then the rows from scene.top down.
    const visibleTop = box.scrollTop + scene.top;
    const visibleBottom = box.scrollTop + box.clientHeight;
    if (row.y >= visibleTop && row.y + row.height <= visibleBottom) return;
    box.scrollTo({ top: Math.max(0, row.y - scene.top - (box.clientHeight - scene.top) / 3) });
    // Follow a new selection, not a redrawn scene.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, seq]);
}
