// The network files against the official schemas, with libxml2's validator (xmllint-wasm): the
// GraphML 1.0 XSD for `--format graphml`, yWorks' ygraphml.xsd (which redefines it and adds the
// y:ShapeNode, y:PolyLineEdge… of yEd) for `--format graphml-yed`. The schemas are stored in
// tests/fixtures/graphml-xsd (README there: where they come from) with their schemaLocations pointing
// at each other, so the test needs no network.
import { describe, expect, it } from 'vitest';
import { seedBytes, sampleText } from '../../support/seed.ts';
import { graphmlSchemas as schemas, validateGraphml as validate } from '../../support/graphml-schema.ts';
import { toGraphml } from '../../../src/export/data/graphml.ts';
import { toYedGraphml, yedColor } from '../../../src/export/data/graphml-yed.ts';
import { parseNotice } from '../../../src/projects/parse-notice.ts';

const seed = parseNotice(seedBytes());
const sample = parseNotice(new TextEncoder().encode(sampleText('state-council-2018-39-employment.txt')));

describe('GraphML against the official XSD', { timeout: 60_000 }, () => {
  it('has the schemas it needs, each pointing at the local files only', () => {
    const names = schemas.map((s) => s.fileName);
    for (const name of ['graphml.xsd', 'graphml-structure.xsd', 'xlink.xsd', 'ygraphml.xsd', 'ygraphics.xsd'])
      expect(names).toContain(name);
    for (const s of schemas)
      for (const [, location] of String(s.contents).matchAll(/schemaLocation="([^"]+)"/g))
        expect(names, `${s.fileName} → ${location}`).toContain(location);
  });

  it.each([
    ['the seed', seed],
    ['a sample notice', sample],
  ])('%s as GraphML is valid GraphML 1.0', async (_, model) => {
    expect(model.items.length).toBeGreaterThan(10);
    expect(await validate(toGraphml(model), 'graphml.xsd')).toEqual({ valid: true, errors: [] });
  });

  it.each([
    ['the seed', seed],
    ['a sample notice', sample],
  ])('%s as GraphML for yEd is valid against ygraphml.xsd', async (_, model) => {
    expect(await validate(toYedGraphml(model), 'ygraphml.xsd')).toEqual({ valid: true, errors: [] });
  });

  it('fails a broken file with the schema’s own message', async () => {
    const xml = toGraphml(seed);
    // An edge with no target, and an element GraphML does not have.
    const broken = xml
      .replace(/(<edge [^>]*?) target="[^"]*"/, '$1')
      .replace('<graph ', '<graph-not ')
      .replace('</graph>', '</graph-not>');
    const noTarget = await validate(xml.replace(/(<edge [^>]*?) target="[^"]*"/, '$1'), 'graphml.xsd');
    expect(noTarget.valid).toBe(false);
    expect(noTarget.errors.join('\n')).toMatch(
      /Element '\{http:\/\/graphml\.graphdrawing\.org\/xmlns\}edge': The attribute 'target' is required but missing/,
    );
    const unknown = await validate(broken, 'graphml.xsd');
    expect(unknown.valid).toBe(false);
    expect(unknown.errors.join('\n')).toMatch(/graph-not': This element is not expected/);
  });

  it('catches a colour yEd’s schema refuses, and the writer spells colours as it wants', async () => {
    // A label's text colour is a color.type, whose pattern wants capitals.
    const file = toYedGraphml(seed);
    const lower = file.replace(
      /textColor="#([0-9A-F]{6})"/,
      (_, hex: string) => `textColor="#${hex.toLowerCase()}"`,
    );
    expect(lower).not.toBe(file);
    const result = await validate(lower, 'ygraphml.xsd');
    expect(result.valid).toBe(false);
    expect(result.errors[0]).toMatch(/\[facet 'pattern'\]/);
    expect(yedColor('#1f2933', '#000000')).toBe('#1F2933');
    expect(yedColor('#abc', '#000000')).toBe('#AABBCC');
    expect(yedColor('rgba(0,0,0,0.5)', '#ffffff')).toBe('#FFFFFF');
    expect(yedColor(undefined, 'none')).toBe('#000000');
  });
});
