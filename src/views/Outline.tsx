// The notice's structure: sections, their tasks, and each task's items with the agencies they name.
// Virtualised: only the rows in view and a margin round them are in the page (a notice of 3,000 items
// would otherwise put 50,000 elements there and freeze it for seconds). Rows not drawn yet take an
// estimated height, drawn rows are measured (view-model/outline-window.ts); revealing an item scrolls
// to where its row is computed to be, then lines it up once it is drawn.
import { useMessages } from './i18n/lang-context.tsx';
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import type { OutlineSection } from '../view-model/outline-tree.ts';
import {
  estimateRowHeight,
  outlineRows,
  rowOffsets,
  rowWindow,
  type OutlineRow,
} from '../view-model/outline-window.ts';
import type { SelectionFocus } from '../view-model/selection-focus.ts';
import type { Agency, AgencyId, ItemId } from '../notice/model.ts';
import { OutlineEntry } from './OutlineEntry.tsx';
import { scrollBehavior } from './scroll.ts';
import { followScroller } from './shared/follow-scroller.ts';
import type { ItemSelection } from './selection.ts';
import './Outline.css';

interface Props {
  readonly tree: readonly OutlineSection[];
  readonly agencies: ReadonlyMap<AgencyId, Agency>;
  readonly selection: ItemSelection | null;
  /** An agency, task or section selected elsewhere: its items are marked and the first shown. */
  readonly focus: SelectionFocus | null;
  readonly focusAgency: string | null;
  readonly onSelect: (item: ItemId) => void;
  /** The element that scrolls the outline. */
  readonly scroller: RefObject<HTMLElement | null>;
}

/** Rows drawn beyond each edge of the viewport, in pixels. */
const MARGIN = 700;
/** Up to this many rows (a notice of a few hundred items) every row is drawn: nothing to gain. */
const DRAW_ALL_UP_TO = 400;
/** Before the scroller is measured: a tall window, so a first paint is never empty. */
const FIRST_VIEW = { top: 0, height: 1200 };

/** Scrolls at once: the row is far, and a smooth scroll would draw every row on the way. */
function jumpTo(box: HTMLElement, top: number): void {
  box.scrollTop = top;
}

interface Reveal {
  readonly row: number;
  readonly block: ScrollLogicalPosition;
}

export function Outline(props: Props) {
  const { tree, agencies, selection, focus, focusAgency, onSelect, scroller } = props;
  const m = useMessages();
  const rowsRef = useRef<HTMLDivElement>(null);
  const { rows, sectionRow, itemRow } = useMemo(() => outlineRows(tree), [tree]);
  // Heights of the rows drawn so far, by row key; the others are estimated.
  const [measured, setMeasured] = useState<ReadonlyMap<string, number>>(new Map());
  const offsets = useMemo(
    () => rowOffsets(rows.map((r) => measured.get(r.key) ?? estimateRowHeight(r))),
    [rows, measured],
  );
  const [view, setView] = useState(FIRST_VIEW);
  const pending = useRef<Reveal | null>(null);

  /** Where the rows begin inside the scroller's content. */
  const rowsTop = (): number => {
    const box = scroller.current;
    const list = rowsRef.current;
    if (!box || !list) return 0;
    return list.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
  };

  const whole = rows.length <= DRAW_ALL_UP_TO;
  // Follow the scroller: where its viewport is over the rows, once a frame. Not when every row is drawn:
  // the window is not used then, and each read forces a layout of the whole page.
  useEffect(() => {
    const box = scroller.current;
    if (!box || whole) return;
    const read = () => {
      const top = box.scrollTop - rowsTop();
      setView((v) =>
        Math.abs(v.top - top) < 1 && v.height === box.clientHeight ? v : { top, height: box.clientHeight },
      );
    };
    // First read in the next frame too, for the same reason as the first measuring below.
    return followScroller(box, read, 'next frame').stop;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- rowsTop reads refs only
  }, [scroller, whole]);

  const { start, end } = whole
    ? { start: 0, end: rows.length }
    : rowWindow(offsets, view.top, view.height, MARGIN);
  // The heading of the first drawn section is drawn too, wherever the window starts: it sticks to the top.
  const heading = rows[start] ? (sectionRow[rows[start].s] ?? start) : start;

  // Measure what was drawn; new heights move the rows below them (scroll anchoring keeps the view still).
  // Not when every row is drawn: nothing is placed by the heights then, and reading one forces the
  // layout of the whole page (both panels) into this task — 200 ms for the seed's 77 items.
  // The first drawing is measured in the next frame's rendering step, with the layout the browser does
  // there anyway: measured now, the first layout of the page after a tab switch (both panels) would
  // join this task.
  const measuredOnce = useRef(false);
  useLayoutEffect(() => {
    if (!rowsRef.current || whole) return;
    const measure = () => {
      const list = rowsRef.current;
      if (!list) return;
      let next: Map<string, number> | null = null;
      for (const element of list.querySelectorAll<HTMLElement>('[data-row]')) {
        const key = element.dataset.row as string;
        const height = element.getBoundingClientRect().height;
        if (Math.abs((measured.get(key) ?? -1) - height) > 0.5) (next ??= new Map(measured)).set(key, height);
      }
      if (next) setMeasured(next);
      // A reveal asked for before its row was drawn: line it up now that it is.
      const target = pending.current;
      const row = target ? rows[target.row] : undefined;
      if (target && row) {
        const element = list.querySelector(`[data-row="${CSS.escape(row.key)}"]`);
        if (element) {
          pending.current = null;
          element.scrollIntoView({ block: target.block, behavior: 'auto' });
        }
      }
    };
    if (!measuredOnce.current) {
      const frame = requestAnimationFrame(() => {
        measuredOnce.current = true;
        measure();
      });
      return () => cancelAnimationFrame(frame);
    }
    measure();
  }, [rows, whole, start, end, measured, selection, focus, focusAgency, agencies, m]);

  /** Brings a row into view: smoothly when it is drawn, else by a jump to where it is computed to be. */
  const reveal = (row: number, block: ScrollLogicalPosition) => {
    const box = scroller.current;
    const key = rows[row]?.key;
    if (!box || key === undefined) return;
    const drawn = rowsRef.current?.querySelector(`[data-row="${CSS.escape(key)}"]`);
    if (drawn) return drawn.scrollIntoView({ block, behavior: scrollBehavior() });
    const top = rowsTop() + (offsets[row] as number);
    jumpTo(box, block === 'start' ? top : Math.max(0, top - box.clientHeight / 2));
    pending.current = { row, block };
    setView({ top: box.scrollTop - rowsTop(), height: box.clientHeight });
  };

  useEffect(() => {
    if (!selection || selection.from === 'outline') return;
    const row = itemRow.get(selection.item);
    if (row !== undefined) reveal(row, 'nearest');
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on a new selection only
  }, [selection]);

  useEffect(() => {
    const first = focus?.items.keys().next().value;
    const row = first ? itemRow.get(first) : undefined;
    if (row !== undefined) reveal(row, 'start');
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on a new focus only
  }, [focus]);

  if (tree.length === 0) return <p className="outline-empty">{m.outline.noOutline}</p>;

  const drawRow = (row: OutlineRow): ReactNode => {
    if (row.kind === 'gap') return <div className="outline-section-gap" key={row.key} data-row={row.key} />;
    if (row.kind === 'section') {
      const { section, number } = row.section;
      if (!section) return null;
      return (
        <h2 className="outline-section-title" key={row.key} data-row={row.key} lang="zh-CN">
          {number ? <span className="outline-number">{number}</span> : null}
          {section.title}
        </h2>
      );
    }
    if (row.kind === 'task') {
      const { task, number } = row.task;
      if (!task) return <div className="outline-task-gap" key={row.key} data-row={row.key} />;
      return (
        <h3 className="outline-task-title" key={row.key} data-row={row.key} lang="zh-CN">
          {number ? <span className="outline-number">{number}</span> : null}
          {task.title}
        </h3>
      );
    }
    const { entry } = row;
    return (
      <OutlineEntry
        key={row.key}
        row={row.key}
        entry={entry}
        agencies={agencies}
        selected={selection?.item === entry.item.id}
        related={focus?.items.get(entry.item.id)}
        focusAgency={focusAgency ?? undefined}
        onSelect={onSelect}
      />
    );
  };

  // The drawn rows, grouped back into sections and tasks so the page keeps its structure (headings,
  // lists) and the section headings stay sticky.
  const sections: ReactNode[] = [];
  let i = start;
  while (i < end) {
    const s = (rows[i] as OutlineRow).s;
    const parts: ReactNode[] = [];
    if (i === start && heading !== start) parts.push(drawRow(rows[heading] as OutlineRow));
    while (i < end && (rows[i] as OutlineRow).s === s) {
      const row = rows[i] as OutlineRow;
      if (row.kind !== 'item') {
        parts.push(drawRow(row));
        i++;
        continue;
      }
      const entries: ReactNode[] = [];
      while (i < end && rows[i]?.kind === 'item' && (rows[i] as OutlineRow).s === s) {
        entries.push(drawRow(rows[i] as OutlineRow));
        i++;
      }
      parts.push(
        <ol className="outline-entries" key={`${row.key}-list`}>
          {entries}
        </ol>,
      );
    }
    sections.push(
      <section className="outline-section" key={`s${s}`}>
        {parts}
      </section>,
    );
  }
  const headingHeight =
    heading !== start ? (offsets[heading + 1] as number) - (offsets[heading] as number) : 0;
  const above = Math.max(0, (offsets[start] as number) - headingHeight);
  const below = (offsets[rows.length] as number) - (offsets[end] as number);

  return (
    <div className="outline" data-rows={rows.length} data-drawn={end - start} data-whole={whole || undefined}>
      <div ref={rowsRef}>
        <div className="outline-spacer" style={{ height: above }} aria-hidden="true" />
        {sections}
        <div className="outline-spacer" style={{ height: below }} aria-hidden="true" />
      </div>
    </div>
  );
}
