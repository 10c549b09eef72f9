// A namespace-aware walk over an XML part of a package (OFD, xlsx), on saxes: one linear pass, no
// DTD, no external or custom entities (an entity it does not know is an error, never an expansion),
// so a hostile part costs time in proportion to its length and nothing more. Parts made by real
// producers are sometimes slightly malformed, so the walk goes on after an error and says so.
import { SaxesParser, type SaxesAttributeNS, type SaxesTagNS } from 'saxes';

export interface XmlElement {
  /** Local name, prefix dropped. */
  readonly local: string;
  /** Namespace URI; '' when the element is in no namespace. */
  readonly uri: string;
  /** An attribute by local name, in no namespace unless `uri` is given. */
  attr(local: string, uri?: string): string | undefined;
}

export interface XmlHandlers {
  open?(element: XmlElement): void;
  text?(text: string): void;
  close?(element: XmlElement): void;
}

function elementOf(tag: SaxesTagNS): XmlElement {
  const attributes = Object.values(tag.attributes) as SaxesAttributeNS[];
  return {
    local: tag.local,
    uri: tag.uri ?? '',
    attr(local: string, uri = '') {
      for (const a of attributes) if (a.local === local && (a.uri ?? '') === uri) return a.value;
      return undefined;
    },
  };
}

/** Walks `xml`, calling the handlers in document order. Returns the first well-formedness error, if
 *  any (the walk still covers what could be read). Never throws unless a handler does. */
export function walkXml(xml: string, handlers: XmlHandlers): { readonly error: string | null } {
  const parser = new SaxesParser({ xmlns: true, position: false });
  const open: XmlElement[] = [];
  let error: string | null = null;
  parser.on('error', (e) => {
    error ??= e.message;
  });
  parser.on('opentag', (tag) => {
    const element = elementOf(tag);
    open.push(element);
    handlers.open?.(element);
  });
  parser.on('closetag', () => {
    const element = open.pop();
    if (element) handlers.close?.(element);
  });
  if (handlers.text) {
    const text = handlers.text;
    parser.on('text', (t) => text(t));
    parser.on('cdata', (t) => text(t));
  }
  parser.write(xml).close();
  return { error };
}
