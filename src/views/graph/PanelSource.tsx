// The source text under the panel's list: the notice as written, scrolled to the picked item with its
// marker highlighted (the outline view's own SourceText), and a way to open it in the outline view.
import { useAtlas } from '../atlas.tsx';
import { SourceText } from '../SourceText.tsx';
import type { AssignmentId } from '../../notice/model.ts';

export function PanelSource({ item, onClose }: { item: AssignmentId; onClose: () => void }) {
  const { model, selection, select, setView } = useAtlas();
  return (
    <section className="graph-panel-source" aria-label="Source text">
      <div className="graph-panel-source-bar">
        <h3>原文 Source text</h3>
        <button
          type="button"
          onClick={() => setView('outline')}
          title="Open the outline and source view at this item"
        >
          大纲 Outline ↗
        </button>
        <button type="button" onClick={onClose} aria-label="Close the source text">
          ×
        </button>
      </div>
      <div
        className="graph-panel-source-text"
        tabIndex={0}
        role="region"
        aria-label="原文 The item in the notice’s text"
      >
        <SourceText
          model={model}
          selection={{ item, from: 'elsewhere', seq: selection?.seq ?? 0 }}
          focus={null}
          lineFocus={null}
          onSelect={(picked) => select({ kind: 'item', id: picked }, 'graph-source')}
        />
      </div>
    </section>
  );
}
