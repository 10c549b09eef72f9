// The "Outline & source" view: the notice's structure on the left, its text on the right, kept in step.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { selectionFocus } from '../view-model/selection-focus.ts';
import { sourceLayoutSteps } from '../view-model/source-layout.ts';
import type { ItemId, NoticeModel } from '../notice/model.ts';
import { useAtlas } from './atlas.tsx';
import { useMessages } from './i18n/lang-context.tsx';
import { OutlinePanel } from './OutlinePanel.tsx';
import type { ItemSelection, LineFocus, Panel, SelectionSource } from './selection.ts';
import { SourcePanel } from './SourcePanel.tsx';
import './OutlineAndSource.css';

function sourceOf(from: string): SelectionSource {
  return from === 'outline' || from === 'source' ? from : 'elsewhere';
}

/** Above this many items the panels are drawn in turn: the outline, then the source text's layout is
 *  built in slices between frames, then the source panel is drawn. Built and drawn in one go they held
 *  the page for over half a second at 3,000 items (issue #15). */
const STAGED_ABOVE_ITEMS = 400;
/** Time the layout is built for before the page may answer again. */
const SLICE_MS = 12;

/** Whether the source panel may be drawn yet: at once for a notice of usual length, else once its
 *  layout has been built, slice by slice (again for each new notice). */
function useSourceTurn(model: NoticeModel): boolean {
  const staged = model.items.length > STAGED_ABOVE_ITEMS;
  const [turn, setTurn] = useState<NoticeModel | null>(null);
  useEffect(() => {
    if (!staged) return;
    const steps = sourceLayoutSteps(model);
    let next: ReturnType<typeof setTimeout>;
    const slice = () => {
      const since = performance.now();
      while (!steps.next().done) {
        if (performance.now() - since > SLICE_MS) {
          next = setTimeout(slice, 0);
          return;
        }
      }
      next = setTimeout(() => setTurn(model), 0);
    };
    next = setTimeout(slice, 0);
    return () => clearTimeout(next);
  }, [model, staged]);
  return !staged || turn === model;
}

export function OutlineAndSource() {
  const { model, selection: shared, select } = useAtlas();
  const m = useMessages();
  const sourceTurn = useSourceTurn(model);
  const [lineFocus, setLineFocus] = useState<LineFocus | null>(null);
  // The shared selection, seen as an item: what another view selected is shown here too.
  const selection = useMemo<ItemSelection | null>(
    () =>
      shared?.kind === 'item'
        ? { item: shared.id as ItemId, from: sourceOf(shared.from), seq: shared.seq }
        : null,
    [shared],
  );

  // An agency, task or section picked in another view: its items are marked here.
  const focus = useMemo(
    () => (shared && shared.kind !== 'item' ? selectionFocus(model, shared) : null),
    [model, shared],
  );
  const focusAgency = shared?.kind === 'agency' ? shared.id : null;
  const clearFocus = useCallback(() => select(null, 'outline'), [select]);

  const selectFrom = useCallback(
    (from: Panel) => (item: ItemId) => select({ kind: 'item', id: item }, from),
    [select],
  );
  const selectInOutline = useMemo(() => selectFrom('outline'), [selectFrom]);
  const selectInSource = useMemo(() => selectFrom('source'), [selectFrom]);
  const showLine = useCallback(
    (line: number) => setLineFocus((previous) => ({ line, seq: (previous?.seq ?? 0) + 1 })),
    [],
  );

  return (
    <div className="outline-and-source">
      <OutlinePanel
        model={model}
        selection={selection}
        focus={focus}
        focusAgency={focusAgency}
        onSelect={selectInOutline}
        onClearFocus={clearFocus}
      />
      {sourceTurn ? (
        <SourcePanel
          model={model}
          selection={selection}
          focus={focus}
          lineFocus={lineFocus}
          onSelect={selectInSource}
          onShowLine={showLine}
        />
      ) : (
        <section className="panel source-panel" aria-label={m.outline.sourceText} aria-busy="true" />
      )}
    </div>
  );
}
