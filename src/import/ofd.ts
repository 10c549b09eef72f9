// The text of an OFD (GB/T 33190), the fixed-layout format of Chinese government documents: a zip of
// XML parts. OFD.xml names each document's root (DocBody/DocRoot); the document (Document.xml) lists
// its pages (Pages/Page BaseLoc) and the default page size (CommonData/PageArea/PhysicalBox); each
// page's content holds TextObjects (Boundary `x y w h` in mm, Size, an optional CTM) whose TextCodes
// place their characters (X, Y of the first glyph's baseline, DeltaX/DeltaY the steps between glyphs,
// `g N v` standing for N steps of v). Template pages (letterheads, running headers) and annotations
// are not the document's own text and are not read. The glyphs then go to the layout (ofd-layout.ts).
import { glyphWidth, pagesText, type Glyph, type LaidPage } from './ofd-layout.ts';
import {
  cancelled,
  limitsOf,
  refusedAtOnce,
  unreadable,
  type ReadOptions,
  type ReadOutcome,
  type UnreadableWhy,
} from './reader.ts';
import { walkXml, type XmlElement } from './xml.ts';
import { failure, partText, ZipArchive } from './zip.ts';

const OFD_NAMESPACE = 'http://www.ofdspec.org/2016';
const A4 = { width: 210, height: 297 };

/** An OFD element: in the OFD namespace, or in none (some producers omit it). */
function isOfd(element: XmlElement, local: string): boolean {
  return element.local === local && (element.uri === OFD_NAMESPACE || element.uri === '');
}

function numbers(text: string | undefined): number[] {
  if (!text) return [];
  return text
    .trim()
    .split(/[\s,]+/)
    .map(Number)
    .filter((n) => Number.isFinite(n));
}

/** A DeltaX/DeltaY list with `g N v` expanded, at most `count` steps (a hostile N stays cheap). */
export function deltas(text: string | undefined, count: number): number[] {
  const tokens = (text ?? '').trim().split(/\s+/);
  const steps: number[] = [];
  for (let i = 0; i < tokens.length && steps.length < count; i++) {
    if (tokens[i] === 'g') {
      const repeat = Math.min(Number(tokens[i + 1]), count - steps.length);
      const step = Number(tokens[i + 2]);
      if (Number.isFinite(repeat) && Number.isFinite(step)) for (let k = 0; k < repeat; k++) steps.push(step);
      i += 2;
    } else if (tokens[i] !== '' && Number.isFinite(Number(tokens[i]))) steps.push(Number(tokens[i]));
  }
  return steps;
}

/** Resolves a location inside the package: absolute from the root, else relative to `base`'s folder. */
function resolve(base: string, location: string): string {
  const path = location.replace(/\\/g, '/').trim();
  const parts = path.startsWith('/') ? [] : base.split('/').slice(0, -1);
  for (const part of path.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

class Package {
  constructor(private readonly zip: ZipArchive) {}

  /** A part's text, by its resolved location; failing that, read from the package root. */
  part(base: string, location: string): { path: string; xml: string } | null {
    for (const path of [resolve(base, location), resolve('', location)]) {
      const entry = this.zip.find(path);
      if (entry) return { path: entry.name, xml: partText(this.zip.read(entry)) };
    }
    return null;
  }
}

function docRoot(xml: string): string | null {
  let inRoot = false;
  let root = '';
  let found: string | null = null;
  walkXml(xml, {
    open: (e) => {
      inRoot = found === null && isOfd(e, 'DocRoot');
    },
    text: (t) => {
      if (inRoot) root += t;
    },
    close: (e) => {
      if (inRoot && isOfd(e, 'DocRoot')) found = root.trim();
      inRoot = false;
    },
  });
  return found || null;
}

interface DocumentPages {
  readonly locations: string[];
  readonly box: { width: number; height: number };
}

/** The page list, and the page size from the first PhysicalBox under CommonData/PageArea. */
function documentPages(xml: string): DocumentPages {
  const locations: string[] = [];
  let box = A4;
  let inBox = false;
  let boxText = '';
  let depthInPageArea = 0;
  walkXml(xml, {
    open: (e) => {
      if (isOfd(e, 'Page')) {
        const location = e.attr('BaseLoc');
        if (location) locations.push(location);
      } else if (isOfd(e, 'PageArea')) depthInPageArea++;
      else if (depthInPageArea > 0 && isOfd(e, 'PhysicalBox')) inBox = true;
    },
    text: (t) => {
      if (inBox) boxText += t;
    },
    close: (e) => {
      if (isOfd(e, 'PageArea')) depthInPageArea--;
      else if (inBox && isOfd(e, 'PhysicalBox')) {
        inBox = false;
        const [, , width, height] = numbers(boxText);
        if (width && height && box === A4) box = { width, height };
      }
    },
  });
  return { locations, box };
}

interface TextObjectState {
  readonly x: number;
  readonly y: number;
  readonly size: number;
  /** a b c d e f: object space to the boundary's space. */
  readonly ctm: readonly number[] | null;
  codeX: number;
  codeY: number;
}

/** The glyphs a TextCode places, in page coordinates. */
function codeGlyphs(object: TextObjectState, code: XmlElement, raw: string): Glyph[] {
  // Line breaks and tabs in a TextCode are the XML's indentation, not glyphs.
  const chars = Array.from(raw.replace(/[\r\n\t]/g, ''));
  const x0 = numbers(code.attr('X'))[0] ?? object.codeX;
  const y0 = numbers(code.attr('Y'))[0] ?? object.codeY;
  const deltaX = code.attr('DeltaX');
  const deltaY = code.attr('DeltaY');
  const dx = deltas(deltaX, chars.length - 1);
  const dy = deltas(deltaY, chars.length - 1);
  const [a, b, c, d, e, f] = object.ctm ?? [1, 0, 0, 1, 0, 0];
  const scale = Math.sqrt(Math.abs((a as number) * (d as number) - (b as number) * (c as number))) || 1;
  const glyphs: Glyph[] = [];
  let [x, y] = [x0, y0];
  chars.forEach((char, i) => {
    glyphs.push({
      text: char,
      x: object.x + (a as number) * x + (c as number) * y + (e as number),
      y: object.y + (b as number) * x + (d as number) * y + (f as number),
      size: object.size * scale,
    });
    // Without steps the glyphs follow each other at their own width (the spec leaves them in place,
    // which no producer of running text relies on); with DeltaY alone the text runs down.
    x += dx[i] ?? (deltaX === undefined && deltaY !== undefined ? 0 : glyphWidth(char, object.size));
    y += dy[i] ?? 0;
  });
  object.codeX = x0;
  object.codeY = y0;
  return glyphs;
}

/** The glyphs of a page's content, and its size when the page sets its own. */
function pageGlyphs(xml: string, box: { width: number; height: number }): LaidPage {
  const glyphs: Glyph[] = [];
  const objects: TextObjectState[] = [];
  let code: { element: XmlElement; text: string } | null = null;
  let size = box;
  let areaBox: string | null = null;
  let inArea = 0;
  walkXml(xml, {
    open: (e) => {
      if (isOfd(e, 'TextObject')) {
        const [x = 0, y = 0] = numbers(e.attr('Boundary'));
        const ctm = numbers(e.attr('CTM'));
        const fontSize = numbers(e.attr('Size'))[0];
        objects.push({
          x,
          y,
          size: fontSize && fontSize > 0 ? fontSize : 3.5,
          ctm: ctm.length === 6 ? ctm : null,
          codeX: 0,
          codeY: 0,
        });
      } else if (isOfd(e, 'TextCode') && objects.length > 0) code = { element: e, text: '' };
      else if (isOfd(e, 'Area')) inArea++;
      else if (inArea > 0 && isOfd(e, 'PhysicalBox')) areaBox = '';
    },
    text: (t) => {
      if (code) code.text += t;
      else if (areaBox !== null) areaBox += t;
    },
    close: (e) => {
      if (code && isOfd(e, 'TextCode')) {
        const object = objects.at(-1) as TextObjectState;
        glyphs.push(...codeGlyphs(object, code.element, code.text));
        code = null;
      } else if (isOfd(e, 'TextObject')) objects.pop();
      else if (isOfd(e, 'Area')) inArea--;
      else if (areaBox !== null && isOfd(e, 'PhysicalBox')) {
        const [, , width, height] = numbers(areaBox);
        if (width && height) size = { width, height };
        areaBox = null;
      }
    },
  });
  return { ...size, glyphs };
}

function readPackage(name: string, bytes: Uint8Array, options: ReadOptions | undefined): ReadOutcome {
  const limits = limitsOf(options);
  const cannot = (why: string, code: UnreadableWhy = 'damaged') =>
    unreadable(`${name} cannot be read as an OFD: ${why}.`, name, 'ofd', code);
  const zip = new Package(new ZipArchive(bytes, limits));
  const ofd = zip.part('', 'OFD.xml');
  if (!ofd) return cannot('it has no OFD.xml, so it is not an OFD document', 'no-document');
  const rootLocation = docRoot(ofd.xml);
  if (!rootLocation) return cannot('its OFD.xml names no document (DocBody/DocRoot)');
  const document = zip.part('', rootLocation);
  if (!document) return cannot(`its document ${rootLocation} is missing`);
  const { locations, box } = documentPages(document.xml);
  if (locations.length === 0) return cannot('its document has no pages');
  if (locations.length > limits.maxPages)
    return {
      error: `${name} is refused: it has ${locations.length} pages, more than the limit of ${limits.maxPages} (maxPages).`,
      problem: { code: 'too-many-pages', args: [name, `${locations.length}`, `${limits.maxPages}`] },
    };
  const pages: LaidPage[] = [];
  for (const [i, location] of locations.entries()) {
    if (options?.signal?.aborted) return cancelled(name);
    const content = zip.part(document.path, location);
    // A page whose content is missing is left out; the others are still the notice.
    pages.push(content ? pageGlyphs(content.xml, box) : { ...box, glyphs: [] });
    options?.onProgress?.(i + 1, locations.length);
  }
  if (options?.signal?.aborted) return cancelled(name);
  const text = pagesText(pages);
  if (text.trim().length === 0)
    return {
      error: `${name} cannot be read as an OFD: its pages hold no text (a scanned image, perhaps: run OCR on it first).`,
      problem: { code: 'scanned', args: [name] },
    };
  return { text, reader: `ofd: ${pages.length} page${pages.length === 1 ? '' : 's'}` };
}

export function readOfd(name: string, bytes: Uint8Array, options?: ReadOptions): ReadOutcome {
  const refused = refusedAtOnce(name, bytes, options);
  if (refused) return refused;
  try {
    return readPackage(name, bytes, options);
  } catch (error) {
    return failure(name, 'an OFD', 'ofd', error);
  }
}
