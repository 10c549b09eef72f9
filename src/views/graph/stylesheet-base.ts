// Rules every graph stylesheet shares: nodes and edges drawn from the look in their data (see
// elements.ts), and one rule per display class (graph-classes.ts). Stylesheets are data, not code.
import { FONT_FAMILY, INK, PAPER } from '../../graph/appearance.ts';
import { COOPERATE_DASH } from '../../graph/look.ts';
import { COMPOUND_PADDING, PARALLEL_STEP } from '../../graph/geometry.ts';

export interface StyleRule {
  readonly selector: string;
  readonly style: Readonly<Record<string, string | number | readonly number[]>>;
}

/** The app's highlighter, as the outline and source text use it (theme.css --selected-strong/-edge). */
const HIGHLIGHT = '#fde38a';
/** Cytoscape rejects single-quoted family names (and silently falls back to Helvetica). */
const CANVAS_FONT_FAMILY = FONT_FAMILY.replaceAll("'", '"');
const HIGHLIGHT_EDGE = '#e0b500';

export const NODE_RULES: readonly StyleRule[] = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-family': CANVAS_FONT_FAMILY,
      'font-size': 'data(fontSize)',
      'font-weight': 'data(fontWeight)',
      color: 'data(textColor)',
      width: 'data(w)',
      height: 'data(h)',
      shape: 'data(shape)',
      'background-color': 'data(fill)',
      'border-color': 'data(stroke)',
      'border-width': 'data(strokeWidth)',
      'border-style': 'data(borderStyle)',
      'text-wrap': 'wrap',
      'text-max-width': '400px',
      'line-height': 1.3,
      // A label smaller than this on screen cannot be read; not drawing it also speeds large graphs up.
      'min-zoomed-font-size': 7,
    },
  },
  {
    selector: 'node[placement = "below"]',
    style: {
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-background-color': PAPER,
      'text-background-opacity': 0.8,
      'text-background-padding': '1px',
      'text-background-shape': 'roundrectangle',
    },
  },
  { selector: 'node[placement = "inside"]', style: { 'text-valign': 'center', 'text-halign': 'center' } },
  // The project layer adds fifty-odd names: in the overview they would bury the agencies' names, so a
  // project is named once zoomed in past 100 % — or at once when it is picked, hovered or found, or is
  // beside what is (STATE_RULES). Cytoscape rounds the zoom up to a power of two before comparing:
  // 12 px against an 11 px label hides it at any zoom up to 1.
  { selector: 'node[kind = "project"]', style: { 'min-zoomed-font-size': 12 } },
  {
    selector: 'node:parent',
    style: {
      'text-valign': 'top',
      'text-halign': 'center',
      'text-margin-y': -5,
      padding: `${COMPOUND_PADDING}px`,
      'corner-radius': 10,
      'background-opacity': 1,
      // A section's title is crossed by edges on its way to the hub: a paper band keeps it readable.
      'text-background-color': PAPER,
      'text-background-opacity': 0.85,
      'text-background-padding': '2px',
      'text-background-shape': 'roundrectangle',
    },
  },
];

export const EDGE_RULES: readonly StyleRule[] = [
  {
    selector: 'edge',
    style: {
      width: 'data(width)',
      'line-color': 'data(color)',
      'line-style': 'data(lineStyle)',
      'line-dash-pattern': COOPERATE_DASH,
      'target-arrow-shape': 'data(arrow)',
      'target-arrow-color': 'data(color)',
      'arrow-scale': 0.85,
      opacity: 'data(opacity)',
      'z-index': 'data(z)',
      'curve-style': 'bezier',
      'control-point-step-size': PARALLEL_STEP,
    },
  },
];

/** One rule per class graphClasses emits; later rules win, so hover and focus override dimming. */
export const STATE_RULES: readonly StyleRule[] = [
  { selector: '.faded', style: { opacity: 0.28 } },
  { selector: 'node.dimmed', style: { opacity: 0.16 } },
  { selector: 'edge.dimmed', style: { opacity: 0.07 } },
  // A faded edge can still lie over a lit one: it must not take the click meant for what is lit.
  { selector: 'edge.dimmed, edge.faded', style: { events: 'no' } },
  { selector: 'edge.neighbour', style: { opacity: 1, 'z-index': 8 } },
  { selector: 'node.neighbour', style: { opacity: 1 } },
  {
    selector: 'node.focused',
    style: {
      opacity: 1,
      'underlay-color': HIGHLIGHT,
      'underlay-opacity': 0.95,
      'underlay-padding': 7,
      'font-weight': 600,
    },
  },
  { selector: 'node[placement = "below"].focused', style: { 'underlay-shape': 'ellipse' } },
  { selector: 'node:parent.focused', style: { 'underlay-padding': 3, 'border-width': 2 } },
  {
    selector: 'edge.focused',
    style: {
      opacity: 1,
      'underlay-color': HIGHLIGHT,
      'underlay-opacity': 0.9,
      'underlay-padding': 3,
      'z-index': 9,
    },
  },
  { selector: '.hover-neighbour', style: { opacity: 1 } },
  { selector: 'node.hovered', style: { opacity: 1, 'border-color': INK, 'border-width': 2.5 } },
  // The edge under the pointer: drawn at full strength on a soft ink halo, above the rest.
  {
    selector: 'edge.hovered',
    style: {
      opacity: 1,
      'underlay-color': INK,
      'underlay-opacity': 0.22,
      'underlay-padding': 5,
      'z-index': 10,
    },
  },
  {
    selector: 'node.match',
    style: { 'outline-color': HIGHLIGHT_EDGE, 'outline-width': 3, 'outline-offset': 2, 'outline-opacity': 1 },
  },
  // What the user picked, hovers over or searched for, and its neighbours, are named at any zoom.
  {
    selector: 'node.focused, node.neighbour, node.hovered, node.hover-neighbour, node.match',
    style: { 'min-zoomed-font-size': 0 },
  },
  {
    selector: 'node:parent.unboxed',
    style: { 'background-opacity': 0, 'border-width': 0, 'text-opacity': 0, events: 'no' },
  },
  // The ego view's centre: ringed in ink, whatever else is going on.
  { selector: 'node.ego', style: { 'border-color': INK, 'border-width': 3, 'font-weight': 600 } },
  // The node the keyboard is on: a ring in ink clear of the node, as a focused control shows its focus.
  {
    selector: 'node.keyed',
    style: {
      opacity: 1,
      'outline-color': INK,
      'outline-width': 3,
      'outline-offset': 3,
      'outline-opacity': 1,
      'min-zoomed-font-size': 0,
    },
  },
  { selector: '.hidden', style: { display: 'none' } },
];

/** Large graphs: straight lines and no label backgrounds draw several times faster on a CPU canvas. */
export const LARGE_GRAPH_RULES: readonly StyleRule[] = [
  { selector: 'edge', style: { 'curve-style': 'straight' } },
  { selector: 'node[placement = "below"]', style: { 'text-background-opacity': 0 } },
];
