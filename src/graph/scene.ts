// A scene: a diagram as plain marks with positions and styles, built in the core from graph or
// matrix data. The React views draw a scene as SVG (or on a canvas when large); the exports write
// the same scene to SVG, PNG and PDF — one picture, whatever the output.

export interface MarkStyle {
  readonly fill?: string;
  readonly stroke?: string;
  readonly strokeWidth?: number;
  readonly dash?: readonly number[];
  readonly opacity?: number;
}

export interface RectMark extends MarkStyle {
  readonly type: 'rect';
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly radius?: number;
}

export interface CircleMark extends MarkStyle {
  readonly type: 'circle';
  readonly cx: number;
  readonly cy: number;
  readonly r: number;
}

export interface PathMark extends MarkStyle {
  readonly type: 'path';
  /** SVG path data in scene coordinates. */
  readonly d: string;
  /** Draw an arrowhead at the path's end. */
  readonly arrow?: boolean;
}

export interface TextMark {
  readonly type: 'text';
  readonly x: number;
  readonly y: number;
  readonly text: string;
  readonly size: number;
  readonly fill?: string;
  readonly weight?: 400 | 600 | 700;
  readonly anchor?: 'start' | 'middle' | 'end';
  /** Vertical alignment of the text box against y. */
  readonly baseline?: 'top' | 'middle' | 'bottom' | 'alphabetic';
  /** Rotation in degrees about (x, y). */
  readonly rotate?: number;
}

export type Mark = RectMark | CircleMark | PathMark | TextMark;

/** The part of a diagram a mark belongs to: the SVG export groups marks by it (`<g id="edges">`),
 *  so a designer can select, hide or restyle a whole layer in Illustrator or Inkscape. */
export type SceneLayer = 'title' | 'sections' | 'edges' | 'nodes' | 'labels' | 'legend' | 'source';

/** A mark can point back at what it shows, so views can make it interactive and exports can title it. */
export interface Tagged {
  readonly layer?: SceneLayer;
  readonly ref?: {
    readonly kind: 'agency' | 'task' | 'item' | 'section' | 'cell' | 'project';
    readonly id: string;
  };
  /** Hover text. */
  readonly title?: string;
}

export type SceneMark = Mark & Tagged;

export interface Scene {
  readonly width: number;
  readonly height: number;
  readonly background?: string;
  readonly marks: readonly SceneMark[];
}

/** Every character drawn in a scene: what a subset font for the export must carry. */
export function sceneCharacters(scene: Scene): Set<string> {
  const chars = new Set<string>();
  for (const mark of scene.marks) if (mark.type === 'text') for (const ch of mark.text) chars.add(ch);
  return chars;
}

/** The marks, each put in `layer`. */
export function inLayer(marks: readonly SceneMark[], layer: SceneLayer): SceneMark[] {
  return marks.map((m) => ({ ...m, layer }));
}
