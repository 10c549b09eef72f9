// The notice as written, with every responsibility marker highlighted and agency names marked.
// Clicking an item's paragraph selects the item; selecting one elsewhere scrolls its paragraph into view.
import { useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { sourceLayoutOf } from '../view-model/source-layout.ts';
import type { SelectionFocus } from '../view-model/selection-focus.ts';
import type { ItemId, NoticeModel } from '../notice/model.ts';
import { scrollBehavior } from './scroll.ts';
import type { ItemSelection, LineFocus } from './selection.ts';
import { SourceBlockView } from './SourceBlockView.tsx';
import './SourceText.css';

interface Props {
  readonly model: NoticeModel;
  readonly selection: ItemSelection | null;
  /** An agency, task or section selected elsewhere: the paragraphs of its items are marked. */
  readonly focus: SelectionFocus | null;
  readonly lineFocus: LineFocus | null;
  readonly onSelect: (item: ItemId) => void;
}

/** Blocks drawn at once, then slice by slice on later tasks: a notice of 3,000 items has some 3,500
 *  blocks and 20,000 elements, which one task would take seconds to build (issue #15). A notice of a
 *  few hundred items is drawn whole at once. */
const FIRST_BLOCKS = 400;
/** Slices small enough to stay well under the 200 ms the issue allows a task on a busy machine. */
const BLOCKS_PER_SLICE = 100;
/** A long notice's first slice: more than fills the panel, and drawn in a fraction of a frame's task. */
const FIRST_SLICE = 40;

export function SourceText({ model, selection, focus, lineFocus, onSelect }: Props) {
  const root = useRef<HTMLDivElement>(null);
  const layout = sourceLayoutOf(model);
  const first = layout.blocks.length > FIRST_BLOCKS ? FIRST_SLICE : FIRST_BLOCKS;
  const [progress, setProgress] = useState({ layout, drawn: first });
  const sliced = progress.layout === layout ? progress.drawn : first;
  const itemIds = useMemo(() => new Map<string, ItemId>(model.items.map((a) => [a.id, a.id])), [model]);
  const selected = selection?.item ?? null;
  const selectedBlock = selected ? layout.blockOfItem.get(selected) : undefined;
  const targetBlock = lineFocus ? layout.blockOfLine(lineFocus.line) : undefined;
  const relatedBlocks = useMemo(() => {
    const blocks = new Set<number>();
    for (const item of focus?.items.keys() ?? []) {
      const block = layout.blockOfItem.get(item);
      if (block !== undefined) blocks.add(block);
    }
    return blocks;
  }, [focus, layout]);
  // A block asked for (selected, focused, a line shown) is drawn at once, with all before it.
  const wanted = Math.max(
    selectedBlock ?? -1,
    targetBlock ?? -1,
    relatedBlocks.size > 0 ? Math.min(...relatedBlocks) : -1,
  );
  const drawn = Math.min(layout.blocks.length, Math.max(sliced, wanted + 1));

  useEffect(() => {
    if (drawn >= layout.blocks.length) return;
    const next = setTimeout(() => setProgress({ layout, drawn: drawn + BLOCKS_PER_SLICE }), 0);
    return () => clearTimeout(next);
  }, [drawn, layout]);

  useEffect(() => {
    if (relatedBlocks.size === 0) return;
    const block = root.current?.querySelector(`[data-block="${Math.min(...relatedBlocks)}"]`);
    block?.scrollIntoView({ block: 'start', behavior: scrollBehavior() });
  }, [relatedBlocks]);

  useEffect(() => {
    if (!selection || selection.from === 'source') return;
    const index = layout.blockOfItem.get(selection.item);
    const block = root.current?.querySelector(`[data-block="${index}"]`);
    block?.scrollIntoView({ block: 'start', behavior: scrollBehavior() });
  }, [selection, layout]);

  useEffect(() => {
    if (!lineFocus) return;
    const line = root.current?.querySelector(`[data-line="${lineFocus.line}"]`);
    line?.scrollIntoView({ block: 'center', behavior: scrollBehavior() });
  }, [lineFocus]);

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    // A click that ends a text selection is the reader copying, not choosing an item.
    if (window.getSelection()?.isCollapsed === false) return;
    const host = (event.target as Element).closest('[data-item]');
    const item = itemIds.get(host?.getAttribute('data-item') ?? '');
    if (item) onSelect(item);
  };

  return (
    <div
      className={layout.blocks.length > FIRST_BLOCKS ? 'source-text is-long' : 'source-text'}
      ref={root}
      onClick={onClick}
      lang="zh-CN"
    >
      {layout.blocks.slice(0, drawn).map((block, index) => (
        <SourceBlockView
          key={block.start}
          index={index}
          block={block}
          text={model.text}
          selected={index === selectedBlock ? selected : null}
          related={relatedBlocks.has(index)}
          targetLine={index === targetBlock ? (lineFocus?.line ?? null) : null}
        />
      ))}
    </div>
  );
}
