// The panel before anything is selected: how to read the graph, and the busiest agencies to start from.
import { rankByLoad } from '../../analysis/workload.ts';
import { useAtlas } from '../atlas.tsx';

export function PanelIntro() {
  const { model, workloads, select } = useAtlas();
  const names = new Map(model.agencies.map((a) => [a.id, a]));
  const top = rankByLoad(workloads)
    .filter((w) => !names.get(w.agencyId)?.generic)
    .slice(0, 10);
  return (
    <div className="graph-panel-intro">
      <p className="graph-panel-tag">使用 How to read it</p>
      <p>
        点击机构、任务或连线，查看其对应的事项及原文。Click an agency, a task or an edge to list the items
        behind it, each with the sentence that assigns it.
      </p>
      <h3>工作量最大的机构 Busiest agencies</h3>
      <ol className="graph-top-agencies">
        {top.map((w) => (
          <li key={w.agencyId}>
            <button type="button" onClick={() => select({ kind: 'agency', id: w.agencyId }, 'graph-panel')}>
              <span>{names.get(w.agencyId)?.name}</span>
              <span className="graph-top-figures">
                牵头 {w.led} · 参与 {w.joined}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}
