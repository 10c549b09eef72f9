// The right-hand panel: the source text, with the parser's diagnostics one click away.
import { useId, useState } from 'react';
import type { SelectionFocus } from '../app/selection-focus.ts';
import type { AssignmentId, NoticeModel } from '../notice/model.ts';
import { DiagnosticsList } from './DiagnosticsList.tsx';
import { DiagnosticsToggle } from './DiagnosticsToggle.tsx';
import type { ItemSelection, LineFocus } from './selection.ts';
import { SourceText } from './SourceText.tsx';

interface Props {
  readonly model: NoticeModel;
  readonly selection: ItemSelection | null;
  readonly focus: SelectionFocus | null;
  readonly lineFocus: LineFocus | null;
  readonly onSelect: (item: AssignmentId) => void;
  readonly onShowLine: (line: number) => void;
}

export function SourcePanel({ model, selection, focus, lineFocus, onSelect, onShowLine }: Props) {
  const listId = useId();
  // Open at first only when something may be wrong; notes alone stay folded away.
  const [open, setOpen] = useState(() => model.diagnostics.some((d) => d.level !== 'info'));
  return (
    <section className="panel source-panel" aria-label="Source text">
      <div className="panel-bar">
        <h2 className="panel-title">Source text</h2>
        <DiagnosticsToggle
          diagnostics={model.diagnostics}
          open={open}
          controls={listId}
          onToggle={() => setOpen((was) => !was)}
        />
      </div>
      {open ? <DiagnosticsList id={listId} diagnostics={model.diagnostics} onShowLine={onShowLine} /> : null}
      <div className="panel-scroll">
        <SourceText
          model={model}
          selection={selection}
          focus={focus}
          lineFocus={lineFocus}
          onSelect={onSelect}
        />
      </div>
    </section>
  );
}
