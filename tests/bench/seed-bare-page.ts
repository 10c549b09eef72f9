// The reference for `graph-seed-vs-bare`: the seed's nodes and edges (handed over by the benchmark as
// `window.seedGraph`) drawn by Cytoscape and laid out by fcose, with nothing else on the page. Marks
// `graph-drawn` the way the app does: the layout done, the elements rendered, a frame painted.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { BareGraph } from './seed-graph.ts';

cytoscape.use(fcose);

const graph = (window as unknown as { seedGraph: BareGraph }).seedGraph;
const cy = cytoscape({
  container: document.getElementById('graph'),
  elements: [
    ...graph.nodes.map((n) => ({ group: 'nodes' as const, data: { ...n } })),
    ...graph.edges.map((e) => ({ group: 'edges' as const, data: { ...e } })),
  ],
  style: [
    { selector: 'node', style: { label: 'data(label)', 'font-size': 12, width: 24, height: 24 } },
    { selector: 'node[kind = "task"]', style: { shape: 'round-rectangle', width: 60 } },
    { selector: 'edge', style: { width: 1, 'curve-style': 'straight', 'line-color': '#9aa5b1' } },
  ],
  layout: { name: 'fcose', animate: false, randomize: true } as cytoscape.LayoutOptions,
});
cy.one('render', () =>
  requestAnimationFrame(() => {
    performance.mark('graph-drawn');
    document.getElementById('graph')?.setAttribute('data-drawn', 'seed');
  }),
);
cy.forceRender();
