// The stylesheets are data: every display class has a rule in each, and every data field a rule reads
// is one the elements carry.
import { describe, expect, it } from 'vitest';
import { seedBytes } from '../../../tests/support/seed.ts';
import { computeWorkload } from '../../analysis/workload.ts';
import { GRAPH_CLASSES } from '../../graph/classes.ts';
import { dominantSections } from '../../graph/colors.ts';
import { graphLook } from '../../graph/look.ts';
import { agencyTaskNetwork } from '../../graph/network.ts';
import { parseNotice } from '../../projects/parse-notice.ts';
import { EDGE_FIELDS, NODE_FIELDS, toElements } from './elements.ts';
import { LARGE_GRAPH_RULES, type StyleRule } from './stylesheet-base.ts';
import { COORDINATION_STYLESHEET } from './stylesheet-coordination.ts';
import { NETWORK_STYLESHEET } from './stylesheet-network.ts';

const sheets: [string, readonly StyleRule[]][] = [
  ['network', NETWORK_STYLESHEET],
  ['coordination', COORDINATION_STYLESHEET],
];

describe.each(sheets)('the %s stylesheet', (_, sheet) => {
  it('has a rule for every class graphClasses can emit', () => {
    for (const name of GRAPH_CLASSES)
      expect(sheet.some((rule) => new RegExp(`\\.${name}(?![\\w-])`).test(rule.selector))).toBe(true);
  });

  it('lets clicks through dimmed and faded edges to the lit ones beneath', () => {
    const rule = sheet.find((r) => r.selector === 'edge.dimmed, edge.faded');
    expect(rule?.style.events).toBe('no');
  });

  it('hides filtered elements last, so no later rule can bring them back', () => {
    expect(sheet.at(-1)).toEqual({ selector: '.hidden', style: { display: 'none' } });
  });
});

describe('element data', () => {
  it('carries every field the stylesheets map', () => {
    const used = new Set(
      [...NETWORK_STYLESHEET, ...COORDINATION_STYLESHEET, ...LARGE_GRAPH_RULES]
        .flatMap((rule) => Object.values(rule.style))
        .flatMap((value) =>
          typeof value === 'string' ? [...value.matchAll(/data\((\w+)\)/g)].map((m) => m[1]) : [],
        ),
    );
    expect([...used].sort()).toEqual([...NODE_FIELDS, ...EDGE_FIELDS].sort());
    const model = parseNotice(seedBytes());
    const graph = agencyTaskNetwork(model, computeWorkload(model));
    const look = graphLook(graph, {
      colorBy: 'kind',
      agencySection: dominantSections(model),
      direction: true,
      taskTitles: false,
    });
    const elements = toElements(graph, look, new Map());
    for (const element of elements) {
      const fields = element.group === 'nodes' ? NODE_FIELDS : EDGE_FIELDS;
      for (const field of fields) expect(element.data[field], `${element.data.id} ${field}`).toBeDefined();
    }
  });
});
