import { describe, expect, it } from 'vitest';
import { tabsThatFit } from './view-tabs-fit.ts';

const widths = { tabs: [60, 110, 95, 105, 90, 70, 65, 70, 75], more: 60, caret: 16, gap: 0 };
const all = widths.tabs.reduce((a, b) => a + b, 0);

describe('tabsThatFit', () => {
  it('shows every tab when they fit, to the pixel', () => {
    expect(tabsThatFit(widths, all, 0)).toBe(9);
    expect(tabsThatFit(widths, all + 200, 8)).toBe(9);
  });

  it('keeps as many as fit beside More when they do not', () => {
    // One pixel short: the last tab cannot simply be dropped for More unless More fits in its place.
    expect(tabsThatFit(widths, all - 1, 0)).toBe(8);
    // 60+110+95+105+90 = 460, with More 60 = 520.
    expect(tabsThatFit(widths, 520, 0)).toBe(5);
    expect(tabsThatFit(widths, 519, 0)).toBe(4);
  });

  it("leaves room for the current view's name when the current view is behind More", () => {
    // Current is the 9th (75 px): More reads "Deadlines" and its caret, 91 px; 460 + 91 = 551.
    expect(tabsThatFit(widths, 551, 8)).toBe(5);
    expect(tabsThatFit(widths, 550, 8)).toBe(4);
    // A current view among those shown leaves More at its own width.
    expect(tabsThatFit(widths, 520, 2)).toBe(5);
  });

  it('puts every view behind More in a window too small for one tab beside it', () => {
    expect(tabsThatFit(widths, 50, 0)).toBe(0);
    expect(tabsThatFit({ tabs: [], more: 60, caret: 16, gap: 0 }, 0, 0)).toBe(0);
  });

  it('counts the gaps between the tabs shown, none before More', () => {
    const spaced = { ...widths, gap: 4 };
    // All nine with eight gaps: 740 + 32.
    expect(tabsThatFit(spaced, all + 32, 0)).toBe(9);
    expect(tabsThatFit(spaced, all + 31, 0)).toBe(8);
    // Five tabs and four gaps, then More: 460 + 16 + 60 = 536.
    expect(tabsThatFit(spaced, 536, 0)).toBe(5);
    expect(tabsThatFit(spaced, 535, 0)).toBe(4);
  });
});
