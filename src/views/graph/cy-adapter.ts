// The one place that touches Cytoscape: create, update, destroy. Views hand it elements, positions,
// classes and viewport commands; it hands back taps, hovers, drags and viewport changes by id and
// number. Nothing else holds `cy`.
import cytoscape, {
  type Core,
  type ElementDefinition,
  type EventObject,
  type StylesheetJson,
} from 'cytoscape';
import type { Point, Positions } from '../../graph/positions.ts';
import type { RendererChoice } from './renderer-choice.ts';
import { LARGE_GRAPH_RULES, type StyleRule } from './stylesheet-base.ts';
import { fitFrame, NO_INSETS, wheelZoomFactor, type Insets, type Viewport } from './viewport.ts';

export interface AdapterEvents {
  readonly onTap: (target: { kind: 'node' | 'edge'; id: string } | null) => void;
  readonly onDoubleTap: (nodeId: string) => void;
  /** A node or edge under the pointer (with a place on screen for a tooltip), or null when it leaves. */
  readonly onHover: (id: string | null, at: Point | null) => void;
  /** The viewport after panning or zooming has come to rest. */
  readonly onViewport?: (viewport: Viewport) => void;
  /** Where the nodes the user dragged (a section's tasks, for a section) were let go. */
  readonly onDragEnd?: (moved: Positions) => void;
}

export interface GraphAdapter {
  setStyle(rules: readonly StyleRule[]): void;
  /** Replaces the whole graph, then frames it: fitted, at a given viewport, or as it was. */
  setGraph(elements: readonly ElementDefinition[], frame: 'fit' | 'keep' | Viewport): void;
  /** Moves the given nodes (animated for a change of layout, at once for restored drags). */
  setPositions(positions: Positions, animate: boolean): void;
  /** Applies display classes in one batch, touching only elements whose classes changed. */
  applyClasses(classes: ReadonlyMap<string, readonly string[]>): void;
  /** Frames the given elements (all visible ones when none are given), clear of the insets. */
  fit(ids?: readonly string[], animate?: boolean): void;
  setViewport(viewport: Viewport): void;
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
/** Viewport changes come in bursts while panning: report the one it comes to rest at. */
const VIEWPORT_SETTLE_MS = 300;

function styleFor(rules: readonly StyleRule[], large: boolean): StylesheetJson {
  return (large ? [...rules, ...LARGE_GRAPH_RULES] : rules) as unknown as StylesheetJson;
}

function createCy(container: HTMLElement, renderer: RendererChoice, rules: readonly StyleRule[]): Core {
  const cy = cytoscape({
    container,
    style: styleFor(rules, renderer.large),
    minZoom: 0.05,
    maxZoom: 4,
    // The wheel is handled by zoomOnWheel below, which steps a notch at a time.
    boxSelectionEnabled: false,
    selectionType: 'single',
    hideEdgesOnViewport: renderer.large,
    textureOnViewport: renderer.large,
    pixelRatio: renderer.large ? 1 : 'auto',
    ...(renderer.webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
  } as cytoscape.CytoscapeOptions);
  // Cytoscape's own :selected state is not used: the selection lives in the app and comes back as classes.
  cy.autounselectify(true);
  return cy;
}

const viewportOf = (cy: Core): Viewport => ({
  zoom: Math.round(cy.zoom() * 1000) / 1000,
  pan: { x: Math.round(cy.pan().x), y: Math.round(cy.pan().y) },
});

/** Zooms by the wheel in steps a person feels (see wheelZoomFactor), round the pointer. Registered on
 *  the container before Cytoscape's own handler, which it then stops. `onZoom` says the user moved. */
function zoomOnWheel(container: HTMLElement, getCy: () => Core | null, onZoom: () => void): () => void {
  const wheel = (event: WheelEvent) => {
    const cy = getCy();
    if (!cy || event.deltaY === 0) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    const box = container.getBoundingClientRect();
    const at = { x: event.clientX - box.left, y: event.clientY - box.top };
    cy.zoom({ level: cy.zoom() * wheelZoomFactor(event.deltaY, event.deltaMode), renderedPosition: at });
    onZoom();
  };
  container.addEventListener('wheel', wheel, { capture: true, passive: false });
  return () => container.removeEventListener('wheel', wheel, { capture: true });
}

/** Hands Cytoscape's events to the view; returns what undoes it. */
function wireEvents(cy: Core, container: HTMLElement, events: AdapterEvents): () => void {
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
  cy.on('mouseover', 'edge', (event: EventObject) => {
    const at = event.renderedPosition ?? { x: 0, y: 0 };
    events.onHover((event.target as cytoscape.EdgeSingular).id(), { x: at.x, y: at.y + 14 });
  });
  cy.on('mouseout', 'edge', () => events.onHover(null, null));
  let settle: ReturnType<typeof setTimeout> | undefined;
  cy.on('viewport', () => {
    events.onHover(null, null);
    clearTimeout(settle);
    settle = setTimeout(() => events.onViewport?.(viewportOf(cy)), VIEWPORT_SETTLE_MS);
  });
  cy.on('dragfree', 'node', (event: EventObject) => {
    const node = event.target as cytoscape.NodeSingular;
    const moved = node.isParent() ? node.descendants().filter((n) => n.isChildless()) : node;
    events.onDragEnd?.(new Map(moved.map((n) => [n.id(), { x: n.position().x, y: n.position().y }])));
  });
  // The pointer leaving the stage over a node fires no mouseout on the node.
  const leave = () => events.onHover(null, null);
  container.addEventListener('mouseleave', leave);
  return () => {
    clearTimeout(settle);
    container.removeEventListener('mouseleave', leave);
  };
}

export function createGraphAdapter(
  container: HTMLElement,
  renderer: RendererChoice,
  rules: readonly StyleRule[],
  events: AdapterEvents,
): GraphAdapter {
  let live: Core | null = null;
  // Whether the user has zoomed or panned since the picture was last fitted: if not, a change of the
  // stage's size (the side panel opening) refits it; if so, their view is theirs to keep.
  let moved = false;
  const unwheel = zoomOnWheel(
    container,
    () => live,
    () => (moved = true),
  );
  const cy = createCy(container, renderer, rules);
  live = cy;
  const unwire = wireEvents(cy, container, events);
  cy.on('dragpan pinchzoom', () => (moved = true));
  const applied = new Map<string, string>();
  let insets = NO_INSETS;
  const frame = (eles: cytoscape.CollectionReturnValue, animate: boolean) => {
    // The nodes the app has not hidden frame the picture (edges run between them). Not ':visible',
    // which walks every element's ancestors and styles: 9 s on a network of 750 nodes and 9,000 edges.
    const shown = eles.nodes().filter((n) => !n.hasClass('hidden'));
    if (shown.length === 0) return;
    const stage = { width: cy.width(), height: cy.height() };
    const target = fitFrame(shown.boundingBox({}), stage, insets, PADDING, { min: cy.minZoom(), max: 1.6 });
    moved = false;
    if (animate) cy.animate({ zoom: target.zoom, pan: target.pan, duration: 300 });
    else cy.viewport({ zoom: target.zoom, pan: target.pan });
  };
  let size = { width: container.clientWidth, height: container.clientHeight };
  const refit = new ResizeObserver(() => {
    const next = { width: container.clientWidth, height: container.clientHeight };
    if (next.width === size.width && next.height === size.height) return;
    size = next;
    cy.resize();
    if (!moved && next.width > 0 && next.height > 0) frame(cy.elements(), false);
  });
  refit.observe(container);
  return {
    setStyle: (next) => void cy.style(styleFor(next, renderer.large)),
    setGraph(elements, view) {
      applied.clear();
      cy.batch(() => {
        cy.elements().remove();
        cy.add(elements as ElementDefinition[]);
      });
      if (view === 'fit') frame(cy.elements(), false);
      else if (view !== 'keep') {
        // A viewport from the address is one the user chose.
        moved = true;
        cy.viewport({ zoom: view.zoom, pan: view.pan });
      }
    },
    setPositions(positions, animate) {
      const nodes = cy.nodes(':childless').filter((n) => positions.has(n.id()));
      const at = (n: cytoscape.NodeSingular) => positions.get(n.id()) ?? n.position();
      if (!animate) return void cy.batch(() => nodes.forEach((n) => void n.position(at(n))));
      const preset = { name: 'preset', positions: at, animate: true, animationDuration: 380, fit: false };
      nodes.layout(preset as cytoscape.LayoutOptions).run();
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
    setViewport(view) {
      moved = true;
      cy.viewport({ zoom: view.zoom, pan: view.pan });
    },
    setInsets(next) {
      insets = next;
    },
    zoomBy(factor) {
      moved = true;
      cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    },
    reveal(id) {
      const node = cy.getElementById(id);
      if (node.empty()) return;
      const box = node.renderedBoundingBox({});
      const right = cy.width() - insets.right;
      if (box.x1 >= 0 && box.y1 >= insets.top && box.x2 <= right && box.y2 <= cy.height()) return;
      // Centred in the part of the stage left free (a drawer may cover its right edge).
      const at = node.renderedPosition();
      cy.animate({ panBy: { x: right / 2 - at.x, y: cy.height() / 2 - at.y }, duration: 250 });
    },
    afterRender(callback) {
      cy.one('render', () => requestAnimationFrame(() => callback()));
      cy.forceRender();
    },
    destroy() {
      refit.disconnect();
      unwheel();
      unwire();
      cy.destroy();
    },
  };
}
