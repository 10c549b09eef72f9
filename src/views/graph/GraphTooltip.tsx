// The full name under the pointer (labels show short names), with an agency's counts.
import type { Point } from '../../graph/layout-types.ts';
import type { GraphData } from '../../graph/network.ts';

export function GraphTooltip({ graph, nodeId, at }: { graph: GraphData; nodeId: string; at: Point }) {
  const node = graph.nodes.find((n) => n.id === nodeId);
  if (!node) return null;
  return (
    <div className="graph-tooltip" role="tooltip" style={{ left: at.x, top: at.y + 8 }}>
      <strong>{node.kind === 'task' ? node.label : node.name}</strong>
      {node.kind === 'agency' ? (
        <span>
          牵头 {node.led} · 配合 {node.joined} · 工作量 {node.load}
        </span>
      ) : null}
    </div>
  );
}
