// How a graph is drawn by size: the large-graph options past the threshold, WebGL never without a GPU.
import { describe, expect, it } from 'vitest';
import { chooseRenderer, hasHardwareGpu, LARGE_GRAPH_ELEMENTS } from './renderer-choice.ts';

describe('chooseRenderer', () => {
  it('draws a notice plainly and thousands of elements with the viewport texture', () => {
    expect(chooseRenderer(81 + 269)).toEqual({ large: false, webgl: false });
    expect(chooseRenderer(LARGE_GRAPH_ELEMENTS + 1).large).toBe(true);
  });

  it('never picks WebGL where no hardware GPU answers (here: no DOM at all)', () => {
    expect(hasHardwareGpu()).toBe(false);
    expect(chooseRenderer(22_000).webgl).toBe(false);
  });
});
