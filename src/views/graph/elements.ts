// The graph as Cytoscape element definitions: each element carries its look as data, which the
// stylesheet maps to style, so what is drawn is exactly what graphLook decided.
import type { ElementDefinition } from 'cytoscape';
import type { GraphLook } from '../../graph/look.ts';
import type { Positions } from '../../graph/positions.ts';
import type { GraphData } from '../../graph/network.ts';

/** The data fields the stylesheets read: a test checks both sides agree. */
export const NODE_FIELDS = [
  'label',
  'w',
  'h',
  'shape',
  'fill',
  'stroke',
  'strokeWidth',
  'borderStyle',
  'fontSize',
  'fontWeight',
  'textColor',
] as const;
export const EDGE_FIELDS = ['color', 'width', 'lineStyle', 'arrow', 'opacity', 'z'] as const;

export function toElements(graph: GraphData, look: GraphLook, positions: Positions): ElementDefinition[] {
  const nodes: ElementDefinition[] = graph.nodes.map((node) => {
    const l = look.nodes.get(node.id)!;
    const p = positions.get(node.id);
    return {
      group: 'nodes',
      data: {
        id: node.id,
        ...(node.parent ? { parent: node.parent } : {}),
        kind: node.kind,
        label: l.label,
        w: l.width,
        h: l.height,
        shape: l.shape,
        fill: l.fill,
        stroke: l.stroke,
        strokeWidth: l.strokeWidth,
        borderStyle: l.dashed ? 'dashed' : 'solid',
        fontSize: l.fontSize,
        fontWeight: l.fontWeight,
        textColor: l.textColor,
        placement: l.placement,
      },
      ...(p ? { position: { x: p.x, y: p.y } } : {}),
    };
  });
  const edges: ElementDefinition[] = graph.edges.map((edge) => {
    const l = look.edges.get(edge.id)!;
    return {
      group: 'edges',
      data: {
        id: edge.id,
        source: edge.source,
        target: edge.target,
        kind: edge.kind,
        color: l.color,
        width: l.width,
        lineStyle: l.dash ? 'dashed' : 'solid',
        arrow: l.arrow ? 'triangle' : 'none',
        opacity: l.opacity,
        z: l.z,
      },
    };
  });
  return [...nodes, ...edges];
}
