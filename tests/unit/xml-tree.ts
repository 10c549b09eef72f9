// A strict XML reader for tests: saxes checks XML 1.0 well-formedness (entities, characters,
// duplicate attributes, namespaces) and we keep a small element tree to count and inspect.
import { SaxesParser } from 'saxes';

export interface XmlElement {
  /** Local name, namespace prefix dropped. */
  readonly name: string;
  readonly uri: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  text: string;
}

/** Parses `xml`, throwing on the first well-formedness error; returns the root element. */
export function parseXmlStrict(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let error: Error | null = null;
  parser.on('error', (e) => {
    error ??= e;
  });
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const a of Object.values(tag.attributes)) {
      if (typeof a !== 'string' && a.prefix !== 'xmlns' && a.name !== 'xmlns') attributes[a.name] = a.value;
    }
    const el: XmlElement = {
      name: tag.local ?? tag.name,
      uri: tag.uri ?? '',
      attributes,
      children: [],
      text: '',
    };
    stack.at(-1)?.children.push(el);
    root ??= el;
    stack.push(el);
  });
  parser.on('text', (t) => {
    const top = stack.at(-1);
    if (top) top.text += t;
  });
  parser.on('closetag', () => stack.pop());
  parser.write(xml).close();
  if (error) throw error;
  if (!root) throw new Error('no root element');
  return root;
}

/** All descendants named `name`, in document order. */
export function descendants(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const child of el.children) {
    if (child.name === name) out.push(child);
    out.push(...descendants(child, name));
  }
  return out;
}
