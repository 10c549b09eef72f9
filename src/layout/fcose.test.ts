// The force layout as the worker runs it, on the Manzhouli network: the same positions on every run
// (fcose's randomness is seeded), the section blocks held on their ring, every task put back.
import { describe, expect, it } from 'vitest';
import { seedBytes } from '../../tests/support/seed.ts';
import { computeWorkload } from '../analysis/workload.ts';
import { dominantSections } from '../graph/colors.ts';
import { graphLook } from '../graph/look.ts';
import { agencyTaskNetwork, coordinationNetwork } from '../graph/network.ts';
import { parseNotice } from '../projects/parse-notice.ts';
import { runFcose } from './fcose.ts';
import { jobKey, prepareLayout, qualityFor } from './layout-job.ts';

const model = parseNotice(seedBytes());
const workloads = computeWorkload(model);
const agencySection = dominantSections(model);
const options = { colorBy: 'kind', agencySection, direction: true, taskTitles: false } as const;

describe('runFcose', () => {
  it('lays the agency–task network out the same way every time, blocks fixed on their ring', () => {
    const graph = agencyTaskNetwork(model, workloads);
    const { job, blocks } = prepareLayout(graph, graphLook(graph, options));
    expect(blocks).toHaveLength(7);
    expect(job.nodes).toHaveLength(45 + 7);
    const first = runFcose(job);
    // Something else drawing on Math.random in between must not change the next picture.
    Math.random();
    expect(runFcose(job)).toEqual(first);
    for (const fixed of job.fixed) expect(first[fixed.id]).toEqual([fixed.x, fixed.y]);
    expect(Object.keys(first)).toHaveLength(52);
  });

  it('lays the coordination network out without overlapping its heaviest agencies', () => {
    const graph = coordinationNetwork(model, workloads);
    const { job } = prepareLayout(graph, graphLook(graph, options));
    const positions = runFcose(job);
    const [a, b] = [positions['ag:自治区发展改革委']!, positions['ag:自治区商务厅']!];
    expect(Math.hypot(a[0] - b[0], a[1] - b[1])).toBeGreaterThan(40);
  });
});

describe('layout jobs', () => {
  it('choose a faster quality as graphs grow, and key equal jobs alike', () => {
    expect([qualityFor(80), qualityFor(800), qualityFor(3000)]).toEqual(['proof', 'default', 'draft']);
    const graph = agencyTaskNetwork(model, workloads);
    const again = agencyTaskNetwork(model, workloads);
    expect(jobKey(prepareLayout(graph, graphLook(graph, options)).job)).toBe(
      jobKey(prepareLayout(again, graphLook(again, options)).job),
    );
  });
});
