// The "Outline & source" view: the notice's structure on the left, its text on the right, kept in step.
import { useCallback, useMemo, useState } from 'react';
import type { AssignmentId, NoticeModel } from '../notice/model.ts';
import { OutlinePanel } from './OutlinePanel.tsx';
import type { ItemSelection, LineFocus, Panel } from './selection.ts';
import { SourcePanel } from './SourcePanel.tsx';
import './OutlineAndSource.css';

export function OutlineAndSource({ model }: { model: NoticeModel }) {
  const [selection, setSelection] = useState<ItemSelection | null>(null);
  const [lineFocus, setLineFocus] = useState<LineFocus | null>(null);

  const selectFrom = useCallback(
    (from: Panel) => (item: AssignmentId) =>
      setSelection((previous) => ({ item, from, seq: (previous?.seq ?? 0) + 1 })),
    [],
  );
  const selectInOutline = useMemo(() => selectFrom('outline'), [selectFrom]);
  const selectInSource = useMemo(() => selectFrom('source'), [selectFrom]);
  const showLine = useCallback(
    (line: number) => setLineFocus((previous) => ({ line, seq: (previous?.seq ?? 0) + 1 })),
    [],
  );

  return (
    <div className="outline-and-source">
      <OutlinePanel model={model} selection={selection} onSelect={selectInOutline} />
      <SourcePanel
        model={model}
        selection={selection}
        lineFocus={lineFocus}
        onSelect={selectInSource}
        onShowLine={showLine}
      />
    </div>
  );
}
