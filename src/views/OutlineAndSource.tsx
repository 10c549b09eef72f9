// The "Outline & source" view: the notice's structure on the left, its text on the right, kept in step.
import { useCallback, useMemo, useState } from 'react';
import { selectionFocus } from '../view-model/selection-focus.ts';
import type { ItemId } from '../notice/model.ts';
import { useAtlas } from './atlas.tsx';
import { OutlinePanel } from './OutlinePanel.tsx';
import type { ItemSelection, LineFocus, Panel, SelectionSource } from './selection.ts';
import { SourcePanel } from './SourcePanel.tsx';
import './OutlineAndSource.css';

function sourceOf(from: string): SelectionSource {
  return from === 'outline' || from === 'source' ? from : 'elsewhere';
}

export function OutlineAndSource() {
  const { model, selection: shared, select } = useAtlas();
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
      <SourcePanel
        model={model}
        selection={selection}
        focus={focus}
        lineFocus={lineFocus}
        onSelect={selectInSource}
        onShowLine={showLine}
      />
    </div>
  );
}
