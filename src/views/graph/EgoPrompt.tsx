// The ego view before an agency is chosen: the busiest agencies, one click from their ego view.
import { useAtlas } from '../atlas.tsx';

export function EgoPrompt({ onPick }: { onPick: (agency: string) => void }) {
  const { model, workloads } = useAtlas();
  const heaviest = [...model.agencies]
    .filter((a) => !a.generic)
    .sort((a, b) => (workloads.get(b.id)?.load ?? 0) - (workloads.get(a.id)?.load ?? 0))
    .slice(0, 8);
  return (
    <div className="graph-prompt">
      <p>选择一个机构查看其个体网络 · Choose an agency to see its tasks and partners:</p>
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
