// The dialog's settings as they reach the file: paper orientation, what the file name says, when
// "current view" is offered, and the options handed to the core's diagramScene.
import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS } from '../../analysis/workload.ts';
import { readGraphSettings } from '../shared/graph-settings.ts';
import {
  DEFAULT_FORM,
  diagramFileWord,
  hasPartialView,
  offersLayout,
  pageOrientation,
} from './diagram-form.ts';
import { diagramOptions } from './diagram-request.ts';
import type { GraphScreen, RowsScreen } from './export-screen.ts';

const graph = (params: Record<string, string>, inView: ReadonlySet<string> | null): GraphScreen => ({
  view: 'graph',
  settings: readGraphSettings(params),
  folded: false,
  ego: null,
  positions: new Map([
    ['a', { x: 0, y: 0 }],
    ['t1', { x: 50, y: 0 }],
  ]),
  classes: new Map([['a', ['dimmed']]]),
  nodes: [{ id: 's1' }, { id: 't1', parent: 's1' }, { id: 'a' }],
  inView,
});
const matrix: RowsScreen = {
  view: 'matrix',
  weights: DEFAULT_WEIGHTS,
  order: 'name',
  columns: 'section',
  highlight: 'ag:x',
  rowsInView: ['ag:x', 'ag:y'],
};

describe('pageOrientation', () => {
  it("follows the diagram's shape until the user chooses", () => {
    expect(pageOrientation(DEFAULT_FORM, { width: 1200, height: 800 })).toBe('landscape');
    expect(pageOrientation(DEFAULT_FORM, { width: 800, height: 1200 })).toBe('portrait');
    expect(pageOrientation({ ...DEFAULT_FORM, orientation: 'landscape' }, { width: 8, height: 12 })).toBe(
      'landscape',
    );
  });
});

describe('file words and current view', () => {
  it('names the graph by its mode', () => {
    expect(diagramFileWord(graph({}, null))).toBe('network');
    expect(diagramFileWord(graph({ graph: 'coordination' }, null))).toBe('coordination-network');
    expect(diagramFileWord(matrix)).toBe('agency-task-matrix');
  });

  it('offers a layout for the agency–task network only, as on screen by default', () => {
    expect(DEFAULT_FORM.layout).toBe('screen');
    expect(offersLayout(graph({}, null))).toBe(true);
    expect(offersLayout(graph({ graph: 'coordination' }, null))).toBe(false);
    expect(offersLayout(matrix)).toBe(false);
  });

  it('offers the current view only when the screen shows part of the diagram', () => {
    expect(hasPartialView(graph({}, null))).toBe(false);
    expect(hasPartialView(graph({}, new Set(['a', 't1'])))).toBe(false);
    expect(hasPartialView(graph({}, new Set(['a'])))).toBe(true);
    expect(hasPartialView(matrix)).toBe(true);
    expect(hasPartialView({ ...matrix, rowsInView: null })).toBe(false);
    expect(hasPartialView({ ...matrix, rowsInView: null, columnsInView: ['s1'] })).toBe(true);
  });
});

describe('diagramOptions', () => {
  it("hands the graph's settings, positions and classes over, hiding what is out of view when asked", () => {
    const screen = graph({ colour: 'section' }, new Set(['t1']));
    const whole = diagramOptions(screen, DEFAULT_FORM, 'Default');
    expect(whole).toMatchObject({ view: 'graph', lang: 'zh', title: 'Default' });
    expect(whole.graph?.settings?.colorBy).toBe('section');
    expect(whole.graph?.classes?.get('a')).toEqual(['dimmed']);
    const part = diagramOptions(screen, { ...DEFAULT_FORM, area: 'view', title: ' Mine ' }, 'Default');
    expect(part.title).toBe('Mine');
    expect(part.graph?.classes?.get('a')).toEqual(['dimmed', 'hidden']);
    expect(part.graph?.classes?.get('s1')).toBeUndefined();
  });

  it('hands a matrix its order, columns, weights and highlight, and the rows in view when asked', () => {
    expect(diagramOptions(matrix, DEFAULT_FORM, 'T')).toEqual({
      view: 'matrix',
      lang: 'zh',
      title: 'T',
      weights: DEFAULT_WEIGHTS,
      matrixOrder: 'name',
      matrixColumns: 'section',
      highlight: 'ag:x',
    });
    expect(diagramOptions(matrix, { ...DEFAULT_FORM, area: 'view' }, 'T').rows).toEqual(['ag:x', 'ag:y']);
    expect(diagramOptions(matrix, { ...DEFAULT_FORM, area: 'view' }, 'T').columns).toBeUndefined();
  });

  it('hands over the columns in view of a matrix scrolled across, only for the current view', () => {
    const across = { ...matrix, columnsInView: ['s2', 's3'] };
    expect(diagramOptions(across, { ...DEFAULT_FORM, area: 'view' }, 'T').columns).toEqual(['s2', 's3']);
    expect(diagramOptions(across, DEFAULT_FORM, 'T').columns).toBeUndefined();
  });
});
