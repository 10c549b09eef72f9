// The full name under the pointer (labels show short names), with an agency's counts; over an edge,
// the two ends it joins and how many items lie behind it.
import type { Point } from '../../graph/positions.ts';
import type { GraphData, GraphEdge, GraphNode } from '../../graph/network.ts';

const ROLE_WORDS: Record<GraphEdge['kind'], string> = {
  lead: '牵头 leads',
  cooperate: '配合 cooperates on',
  responsible: '负责 answers for',
  coordination: '—',
};

const fullName = (node: GraphNode | undefined) =>
  node ? (node.kind === 'task' ? node.label : node.name) : '';

function EdgeTip({ graph, edge }: { graph: GraphData; edge: GraphEdge }) {
  const source = graph.nodes.find((n) => n.id === edge.source);
  const target = graph.nodes.find((n) => n.id === edge.target);
  if (edge.kind !== 'coordination')
    return (
      <>
        <strong>
          {fullName(source)} {ROLE_WORDS[edge.kind]} {fullName(target)}
        </strong>
        <span>{edge.weight} 项事项 items</span>
      </>
    );
  const led = edge.leadItems ?? 0;
  return (
    <>
      <strong>
        {fullName(source)} — {fullName(target)}
      </strong>
      <span>
        共同承担 {edge.weight} 项 shared items{led > 0 ? ` · ${source?.name ?? ''} 牵头 leads ${led}` : ''}
      </span>
    </>
  );
}

export function GraphTooltip({ graph, nodeId, at }: { graph: GraphData; nodeId: string; at: Point }) {
  const node = graph.nodes.find((n) => n.id === nodeId);
  const edge = node ? undefined : graph.edges.find((e) => e.id === nodeId);
  if (!node && !edge) return null;
  return (
    <div
      className="graph-tooltip"
      role="tooltip"
      data-kind={node ? 'node' : 'edge'}
      style={{ left: at.x, top: at.y + 8 }}
    >
      {edge ? <EdgeTip graph={graph} edge={edge} /> : null}
      {node ? <strong>{fullName(node)}</strong> : null}
      {node?.kind === 'agency' ? (
        <span>
          牵头 {node.led} · 配合 {node.joined} · 工作量 {node.load}
        </span>
      ) : null}
    </div>
  );
}
