// The source text under the panel's list: the notice as written, scrolled to the picked item with its
// marker highlighted (the outline view's own SourceText), and a way to open it in the outline view.
import { useMessages } from '../i18n/lang-context.tsx';
import { useAtlas } from '../atlas.tsx';
import { SourceText } from '../SourceText.tsx';
import type { ItemId } from '../../notice/model.ts';

export function PanelSource({ item, onClose }: { item: ItemId; onClose: () => void }) {
  const { model, selection, select, setView } = useAtlas();
  const m = useMessages();
  return (
    <section className="graph-panel-source" aria-label={m.graph.sourceText}>
      <div className="graph-panel-source-bar">
        <h3>{m.graph.sourceText}</h3>
        <button type="button" onClick={() => setView('outline')} title={m.graph.openOutline}>
          {m.graph.outline}
        </button>
        <button type="button" onClick={onClose} aria-label={m.graph.closeSource}>
          ×
        </button>
      </div>
      <div className="graph-panel-source-text" tabIndex={0} role="region" aria-label={m.graph.itemText}>
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
