// Colouring the Manzhouli coordination network by bloc: each agency in its bloc's colour, the legend
// naming each bloc by its heaviest agency.
import { describe, expect, it } from 'vitest';
import { seedBytes } from '../../tests/support/seed.ts';
import { computeWorkload } from '../analysis/workload.ts';
import { parseNotice } from '../projects/parse-notice.ts';
import { coordinationBlocs } from '../analysis/blocs.ts';
import { blocColor, blocColouringOf, NO_BLOC_COLOR } from './bloc-colouring.ts';
import { graphLegend } from './scenes/network-legend.ts';
import { legendSpec } from './picture.ts';
import { graphPicture } from './whole-picture.ts';

const model = parseNotice(seedBytes());
const workloads = computeWorkload(model);
const settings = {
  mode: 'coordination',
  steps: 1,
  ego: null,
  fold: 'auto',
  open: new Set<string>(),
  projects: false,
  colorBy: 'bloc',
  direction: false,
  taskTitles: false,
} as const;

describe('blocColouringOf', () => {
  const { keys, agencyBloc } = blocColouringOf(model, coordinationBlocs(model));

  it('names the five blocs by their heaviest agencies', () => {
    expect(keys.map((k) => k.name)).toEqual([
      '发展改革委',
      '商务厅',
      '财政厅',
      '旅游局',
      '人民银行呼和浩特中心支行',
    ]);
    expect(keys.reduce((sum, k) => sum + k.size, 0)).toBe(agencyBloc.size);
  });

  it("fills each agency with its bloc's colour, and collective actors with grey", () => {
    const { graph, look, blocs } = graphPicture(model, workloads, settings);
    for (const node of graph.nodes) {
      const bloc = blocs?.agencyBloc.get(node.id);
      const fill = look.nodes.get(node.id)?.fill;
      if (bloc !== undefined) expect(fill).toBe(blocColor(bloc));
      else expect(node.generic).toBe(true);
    }
    expect(new Set(keys.map((k) => blocColor(k.id))).size).toBe(keys.length);
    expect(NO_BLOC_COLOR).not.toBe(blocColor(1));
  });

  it('puts a legend entry per bloc drawn', () => {
    const { graph, blocs } = graphPicture(model, workloads, settings);
    const spec = legendSpec(graph, settings, [], blocs);
    expect(spec.blocs?.map((b) => b.id)).toEqual(keys.map((k) => k.id));
    const words = graphLegend(spec, 900).marks.flatMap((m) => (m.type === 'text' ? [m.text] : []));
    expect(words).toContain('协同集团 coordination bloc');
    expect(words.some((w) => w.startsWith('商务厅 等'))).toBe(true);
  });
});
