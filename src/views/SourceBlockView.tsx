// One block of the source text: an item's paragraph (marker highlighted, agency names marked) or a plain line.
import { memo, type ReactNode } from 'react';
import { markerRuns, type SourceBlock, type SourceSegment } from '../view-model/source-layout.ts';
import type { ItemId } from '../notice/model.ts';

interface Props {
  readonly index: number;
  readonly block: SourceBlock;
  readonly text: string;
  /** The selected item, when this block shows it. */
  readonly selected: ItemId | null;
  /** The block holds an item of the agency, task or section selected elsewhere. */
  readonly related: boolean;
  /** The line a diagnostic pointed at, when this block shows it. */
  readonly targetLine: number | null;
}

function segmentView(text: string, segment: SourceSegment, withItem: boolean, selected: ItemId | null) {
  const words = text.slice(segment.start, segment.end);
  const mention = segment.role ? `mention role-${segment.role}` : '';
  // In a block shared by several items, each piece says which item it belongs to.
  const shared = withItem && segment.item ? `in-item${segment.item === selected ? ' is-selected' : ''}` : '';
  const heading = segment.heading ? `heading-${segment.heading}` : '';
  const unread = segment.unread ? `unread unread-${segment.unread}` : '';
  const className = [mention, heading, shared, unread].filter(Boolean).join(' ');
  if (!className) return words;
  return (
    <span
      key={segment.start}
      className={className}
      data-item={shared ? (segment.item ?? undefined) : undefined}
    >
      {words}
    </span>
  );
}

export const SourceBlockView = memo(function SourceBlockView({
  index,
  block,
  text,
  selected,
  related,
  targetLine,
}: Props) {
  const single = block.items.length === 1 ? block.items[0] : undefined;
  const blank = block.lines.every((line) => line.segments.length === 0);
  const classes = ['source-block'];
  if (single) classes.push('is-item');
  if (single && single === selected) classes.push('is-selected');
  if (blank) classes.push('is-blank');
  if (related) classes.push('is-related');

  const lines: ReactNode[] = block.lines.map((line) => (
    <span
      key={line.number}
      className={line.number === targetLine ? 'source-line is-target' : 'source-line'}
      data-line={line.number}
    >
      {markerRuns(line.segments).map((run) => {
        const pieces = run.segments.map((s) => segmentView(text, s, !single, selected));
        if (!run.marker) return pieces;
        const strong = run.marker === selected ? ' is-selected' : '';
        return (
          <mark key={`m${run.segments[0]?.start}`} className={`source-marker${strong}`}>
            {pieces}
          </mark>
        );
      })}
    </span>
  ));
  return (
    <div className={classes.join(' ')} data-block={index} data-item={single}>
      {lines}
    </div>
  );
});
