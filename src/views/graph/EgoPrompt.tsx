// The ego view before an agency is chosen: the busiest agencies, one click from their ego view.
import { useMessages } from '../i18n/lang-context.tsx';
import { useAtlas } from '../atlas.tsx';

export function EgoPrompt({ onPick }: { onPick: (agency: string) => void }) {
  const { model, workloads } = useAtlas();
  const m = useMessages();
  const heaviest = [...model.agencies]
    .filter((a) => !a.generic)
    .sort((a, b) => (workloads.get(b.id)?.load ?? 0) - (workloads.get(a.id)?.load ?? 0))
    .slice(0, 8);
  return (
    <div className="graph-prompt">
      <p>{m.graph.egoPrompt}</p>
      <ul>
        {heaviest.map((a) => (
          <li key={a.id}>
            <button type="button" onClick={() => onPick(a.id)}>
              {a.name}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
