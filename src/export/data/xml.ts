// Escaping for the XML exports (GraphML, GEXF): one function, so no builder can forget a character.

/** Characters XML 1.0 cannot carry at all, even escaped: C0 controls other than tab/LF/CR,
 *  lone surrogates and U+FFFE/U+FFFF. Pasted notices sometimes contain them; dropping them keeps
 *  the file loadable in Gephi and Cytoscape. */
const NOT_XML_CHAR =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // Parsers normalise raw whitespace in attribute values to spaces; character references survive.
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** Escapes a value for use in element text or in a double- or single-quoted attribute. */
export function escapeXml(value: string): string {
  return value.replace(NOT_XML_CHAR, '').replace(/[&<>"'\t\n\r]/g, (ch) => ENTITIES[ch] ?? ch);
}

/** ` name="value"` pairs for a start tag; null and undefined values are left out. */
export function xmlAttributes(pairs: Readonly<Record<string, string | number | null | undefined>>): string {
  let out = '';
  for (const [name, value] of Object.entries(pairs)) {
    if (value === null || value === undefined) continue;
    out += ` ${name}="${escapeXml(String(value))}"`;
  }
  return out;
}
