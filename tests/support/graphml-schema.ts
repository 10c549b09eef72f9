// The GraphML schemas (tests/fixtures/graphml-xsd, README there: where they come from) and libxml2's
// validator (xmllint-wasm), for the tests that hold the network files and the README's commands to them.
import { readdirSync, readFileSync } from 'node:fs';
import { validateXML, type XMLFileInfo } from 'xmllint-wasm';

const DIR = new URL('../fixtures/graphml-xsd/', import.meta.url);

export const graphmlSchemas: XMLFileInfo[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.xsd'))
  .map((fileName) => ({ fileName, contents: readFileSync(new URL(fileName, DIR), 'utf8') }));

/** GraphML 1.0 (`graphml.xsd`) or GraphML with yEd's extension (`ygraphml.xsd`). */
export async function validateGraphml(xml: string, schemaFile: 'graphml.xsd' | 'ygraphml.xsd') {
  const schema = graphmlSchemas.find((s) => s.fileName === schemaFile)!;
  const result = await validateXML({
    xml: { fileName: 'network.graphml', contents: xml },
    schema,
    preload: graphmlSchemas.filter((s) => s !== schema),
  });
  return { valid: result.valid, errors: result.errors.map((e) => e.rawMessage) };
}
