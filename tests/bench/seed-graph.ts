// The seed's agency–task network as plain Cytoscape elements, built in Node by the app's own code
// (parser, workload, network): what the bare-Cytoscape reference page draws.
import { readFileSync } from 'node:fs';
import { computeWorkload } from '../../src/analysis/workload.ts';
import { agencyTaskNetwork } from '../../src/graph/network.ts';
import { parseNotice } from '../../src/projects/parse-notice.ts';

export interface BareGraph {
  readonly nodes: readonly { readonly id: string; readonly label: string; readonly kind: string }[];
  readonly edges: readonly { readonly id: string; readonly source: string; readonly target: string }[];
}

const SEED = new URL('../../seeds/manzhouli-pilot-zone-2014.txt', import.meta.url);

/** Agencies and tasks (the section boxes are not nodes of their own here) and the links between them. */
export function seedGraph(): BareGraph {
  const model = parseNotice(new Uint8Array(readFileSync(SEED)));
  const graph = agencyTaskNetwork(model, computeWorkload(model));
  const nodes = graph.nodes
    .filter((n) => n.kind === 'agency' || n.kind === 'task')
    .map((n) => ({ id: n.id, label: n.label, kind: n.kind }));
  const ids = new Set(nodes.map((n) => n.id));
  const edges = graph.edges
    .filter((e) => ids.has(e.source) && ids.has(e.target))
    .map((e) => ({ id: e.id, source: e.source, target: e.target }));
  return { nodes, edges };
}

if (process.argv[1]?.endsWith('seed-graph.ts')) {
  const g = seedGraph();
  console.log(`${g.nodes.length} nodes, ${g.edges.length} edges`);
}
