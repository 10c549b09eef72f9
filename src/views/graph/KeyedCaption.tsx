// What the keyboard is on in the graph, in words: the agency's full name, its load and its place in
// the order Tab walks (heaviest first), or a task's number and title. Shown at the stage's foot for
// the eye, and a live region, so a screen reader says it as the keyboard moves.
import { useMessages } from '../i18n/lang-context.tsx';
import type { GraphData } from '../../graph/network.ts';

export function KeyedCaption({
  graph,
  keyed,
  order,
}: {
  graph: GraphData;
  keyed: string | null;
  order: readonly string[];
}) {
  const node = keyed ? graph.nodes.find((n) => n.id === keyed) : undefined;
  const place = keyed ? order.indexOf(keyed) : -1;
  const m = useMessages();
  return (
    <p className="graph-keyed" role="status" data-node={node?.id}>
      {node?.kind === 'agency'
        ? `${m.graph.keyed(node.name, node.load ?? 0, node.led ?? 0, node.joined ?? 0)} · ${place + 1}/${order.length}`
        : node
          ? node.name
          : ''}
    </p>
  );
}
