// The panel before anything is selected: how to read the graph, and the busiest agencies to start from.
import { useMessages } from '../i18n/lang-context.tsx';
import { rankByLoad } from '../../analysis/workload.ts';
import { useAtlas } from '../atlas.tsx';

export function PanelIntro() {
  const { model, workloads, select } = useAtlas();
  const m = useMessages();
  const names = new Map(model.agencies.map((a) => [a.id, a]));
  const top = rankByLoad(workloads)
    .filter((w) => !names.get(w.agencyId)?.generic)
    .slice(0, 10);
  return (
    <div className="graph-panel-intro">
      <p className="graph-panel-tag">{m.graph.howToRead}</p>
      <p>{m.graph.intro}</p>
      <h3>{m.graph.busiest}</h3>
      <ol className="graph-top-agencies">
        {top.map((w) => (
          <li key={w.agencyId}>
            <button type="button" onClick={() => select({ kind: 'agency', id: w.agencyId }, 'graph-panel')}>
              <span>{names.get(w.agencyId)?.name}</span>
              <span className="graph-top-figures">{m.graph.ledJoined(w.led, w.joined)}</span>
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}
