// The full name under the pointer (labels show short names), with an agency's counts; over an edge,
// the two ends it joins and how many items lie behind it.
import { useMessages } from '../i18n/lang-context.tsx';
import type { Point } from '../../graph/positions.ts';
import type { GraphData, GraphEdge, GraphNode } from '../../graph/network.ts';

const fullName = (node: GraphNode | undefined) =>
  node ? (node.kind === 'task' ? node.label : node.name) : '';

function EdgeTip({ graph, edge }: { graph: GraphData; edge: GraphEdge }) {
  const source = graph.nodes.find((n) => n.id === edge.source);
  const target = graph.nodes.find((n) => n.id === edge.target);
  const m = useMessages();
  if (edge.kind !== 'coordination')
    return (
      <>
        <strong>
          {fullName(source)} {m.graph.edgeRoles[edge.kind]} {fullName(target)}
        </strong>
        <span>{m.graph.edgeItems(edge.weight)}</span>
      </>
    );
  const led = edge.leadItems ?? 0;
  return (
    <>
      <strong>
        {fullName(source)} — {fullName(target)}
      </strong>
      <span>
        {m.graph.sharedItems(edge.weight)}
        {led > 0 ? m.graph.leadsOf(source?.name ?? '', led) : ''}
      </span>
    </>
  );
}

export function GraphTooltip({
  graph,
  nodeId,
  at,
  noticeName,
}: {
  graph: GraphData;
  nodeId: string;
  at: Point;
  /** The agency's name as the notice writes it, where the node shows another (its English name). */
  noticeName?: string | undefined;
}) {
  const node = graph.nodes.find((n) => n.id === nodeId);
  const edge = node ? undefined : graph.edges.find((e) => e.id === nodeId);
  const m = useMessages();
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
      {node && noticeName && noticeName !== fullName(node) ? (
        <span lang="zh-CN" data-notice-text="">
          {noticeName}
        </span>
      ) : null}
      {node?.members && (node.kind === 'agency' || node.kind === 'section') ? (
        <span>{m.graph.foldedMembers(node.kind, node.members.length)}</span>
      ) : null}
      {node?.kind === 'agency' ? (
        <span>{m.graph.agencyFigures(node.led ?? 0, node.joined ?? 0, node.load ?? 0)}</span>
      ) : null}
    </div>
  );
}
