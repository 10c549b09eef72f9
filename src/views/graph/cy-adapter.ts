// The one place that touches Cytoscape: create, update, destroy. Views hand it elements, positions,
// classes and viewport commands; it hands back taps and hovers by id. Nothing else holds `cy`.
import cytoscape, {
  type Core,
  type ElementDefinition,
  type EventObject,
  type StylesheetJson,
} from 'cytoscape';
import type { Point, Positions } from '../../graph/layout-types.ts';
import type { RendererChoice } from './renderer-choice.ts';
import { fitFrame, NO_INSETS, type Insets } from './viewport.ts';
import { LARGE_GRAPH_RULES, type StyleRule } from './stylesheet-base.ts';

export interface AdapterEvents {
  readonly onTap: (target: { kind: 'node' | 'edge'; id: string } | null) => void;
  readonly onDoubleTap: (nodeId: string) => void;
  /** A node under the pointer (with its position on screen), or null when it leaves. */
  readonly onHover: (nodeId: string | null, at: Point | null) => void;
}

export interface GraphAdapter {
  setStyle(rules: readonly StyleRule[]): void;
  /** Replaces the whole graph; `fit` frames it. */
  setGraph(elements: readonly ElementDefinition[], fit: boolean): void;
  setPositions(positions: Positions, animate: boolean): void;
  /** Applies display classes in one batch, touching only elements whose classes changed. */
  applyClasses(classes: ReadonlyMap<string, readonly string[]>): void;
  /** Frames the given elements (all visible ones when none are given), clear of the insets. */
  fit(ids?: readonly string[], animate?: boolean): void;
  /** Room overlays take at the stage's edges, kept free when fitting. */
  setInsets(insets: Insets): void;
  zoomBy(factor: number): void;
  /** Pans so the node is on screen, if it is not already. */
  reveal(id: string): void;
  /** Calls back once the next frame has been drawn. */
  afterRender(callback: () => void): void;
  destroy(): void;
}

const PADDING = 36;

function styleFor(rules: readonly StyleRule[], large: boolean): StylesheetJson {
  return (large ? [...rules, ...LARGE_GRAPH_RULES] : rules) as unknown as StylesheetJson;
}

export function createGraphAdapter(
  container: HTMLElement,
  renderer: RendererChoice,
  rules: readonly StyleRule[],
  events: AdapterEvents,
): GraphAdapter {
  const cy: Core = cytoscape({
    container,
    style: styleFor(rules, renderer.large),
    minZoom: 0.05,
    maxZoom: 4,
    wheelSensitivity: 0.4,
    boxSelectionEnabled: false,
    autoungrabify: false,
    selectionType: 'single',
    hideEdgesOnViewport: renderer.large,
    textureOnViewport: renderer.large,
    pixelRatio: renderer.large ? 1 : 'auto',
    ...(renderer.webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
  } as cytoscape.CytoscapeOptions);
  // Cytoscape's own :selected state is not used: the selection lives in the app and comes back as classes.
  cy.autounselectify(true);
  const applied = new Map<string, string>();
  let insets = NO_INSETS;
  const frame = (eles: cytoscape.CollectionReturnValue, animate: boolean) => {
    const shown = eles.filter(':visible');
    if (shown.length === 0) return;
    const box = shown.boundingBox({});
    const stage = { width: cy.width(), height: cy.height() };
    const target = fitFrame(box, stage, insets, PADDING, { min: cy.minZoom(), max: 1.6 });
    if (animate) cy.animate({ zoom: target.zoom, pan: target.pan, duration: 300 });
    else cy.viewport({ zoom: target.zoom, pan: target.pan });
  };

  cy.on('tap', (event: EventObject) => {
    if (event.target === cy) return events.onTap(null);
    const target = event.target as cytoscape.SingularElementReturnValue;
    events.onTap({ kind: target.isNode() ? 'node' : 'edge', id: target.id() });
  });
  cy.on('dbltap', 'node', (event: EventObject) => events.onDoubleTap(event.target.id()));
  cy.on('mouseover', 'node', (event: EventObject) => {
    const node = event.target as cytoscape.NodeSingular;
    if (node.isParent()) return;
    const box = node.renderedBoundingBox({});
    events.onHover(node.id(), { x: (box.x1 + box.x2) / 2, y: box.y2 });
  });
  cy.on('mouseout', 'node', () => events.onHover(null, null));
  cy.on('viewport', () => events.onHover(null, null));
  // The pointer leaving the stage over a node fires no mouseout on the node.
  const leave = () => events.onHover(null, null);
  container.addEventListener('mouseleave', leave);

  return {
    setStyle(next) {
      cy.style(styleFor(next, renderer.large));
    },
    setGraph(elements, fit) {
      applied.clear();
      cy.batch(() => {
        cy.elements().remove();
        cy.add(elements as ElementDefinition[]);
      });
      if (fit) frame(cy.elements(), false);
    },
    setPositions(positions, animate) {
      const nodes = cy.nodes(':childless');
      if (!animate) {
        cy.batch(() => nodes.forEach((n) => void n.position(positions.get(n.id()) ?? n.position())));
        return;
      }
      nodes
        .layout({
          name: 'preset',
          positions: (n: cytoscape.NodeSingular) => positions.get(n.id()) ?? n.position(),
          animate: true,
          animationDuration: 380,
          fit: false,
        } as cytoscape.LayoutOptions)
        .run();
    },
    applyClasses(classes) {
      cy.batch(() => {
        for (const [id, list] of classes) {
          const text = list.join(' ');
          if ((applied.get(id) ?? '') === text) continue;
          applied.set(id, text);
          cy.getElementById(id).classes(text);
        }
      });
    },
    fit(ids, animate = false) {
      const wanted = new Set(ids ?? []);
      frame(wanted.size > 0 ? cy.elements().filter((el) => wanted.has(el.id())) : cy.elements(), animate);
    },
    setInsets(next) {
      insets = next;
    },
    zoomBy(factor) {
      const { width, height } = container.getBoundingClientRect();
      cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: width / 2, y: height / 2 } });
    },
    reveal(id) {
      const node = cy.getElementById(id);
      if (node.empty()) return;
      const box = node.renderedBoundingBox({});
      const { width, height } = container.getBoundingClientRect();
      if (box.x1 >= 0 && box.y1 >= 0 && box.x2 <= width && box.y2 <= height) return;
      cy.animate({ center: { eles: node }, duration: 250 });
    },
    afterRender(callback) {
      cy.one('render', () => requestAnimationFrame(() => callback()));
      cy.forceRender();
    },
    destroy() {
      container.removeEventListener('mouseleave', leave);
      cy.destroy();
    },
  };
}
