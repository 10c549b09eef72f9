// The corridor map as the app draws it, as a standalone SVG file: the view's own component
// (CorridorMap) rendered to markup by React in Node, its <svg> taken out, one element a line, with
// the stylesheet rules that paint it (ProjectsView.css, theme tokens filled in) inside, so the file
// opens as the page shows it. Rendered outside a page, the map takes its narrowest width (480 px).
import { readFileSync } from 'node:fs';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Project } from '../../../src/notice/model.ts';
import CorridorMap from '../../../src/views/projects/CorridorMap.tsx';

const VIEWS = new URL('../../../src/views/', import.meta.url);

/** `--name: value` pairs of the theme's :root. */
function themeTokens(): ReadonlyMap<string, string> {
  const css = readFileSync(new URL('theme.css', VIEWS), 'utf8');
  const root = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
  return new Map([...root.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

/** `var(--name)` replaced by the token's value, tokens made of tokens included. */
function withTokens(value: string, tokens: ReadonlyMap<string, string>): string {
  const once = value.replace(/var\((--[\w-]+)\)/g, (v, name: string) => tokens.get(name) ?? v);
  return once === value ? value : withTokens(once, tokens);
}

/** The rules of the projects view's stylesheet that select a class the map's markup uses. */
function mapRules(classes: ReadonlySet<string>): string {
  const css = readFileSync(new URL('projects/ProjectsView.css', VIEWS), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  const tokens = themeTokens();
  const rules: string[] = [];
  for (const [, selector = '', body = ''] of css.matchAll(/([^{}]+)\{([^}]*)\}/g)) {
    const used = [...selector.matchAll(/\.([\w-]+)/g)].map((m) => m[1]!);
    if (used.length === 0 || !used.every((c) => classes.has(c))) continue;
    const declarations = body
      .split(';')
      .map((d) => withTokens(d.trim(), tokens))
      .filter(Boolean);
    rules.push(`${selector.trim().replace(/\s+/g, ' ')}{${declarations.join(';')}}`);
  }
  return rules.join('\n');
}

export function corridorSvg(projects: readonly Project[]): string {
  const page = renderToStaticMarkup(
    createElement(CorridorMap, { projects, selected: null, onPick: () => undefined }),
  );
  const svg = /<svg class="corridor-map"[\s\S]*?<\/svg>/.exec(page)?.[0];
  if (!svg) throw new Error('CorridorMap drew no <svg class="corridor-map">.');
  const classes = new Set([...svg.matchAll(/class="([^"]+)"/g)].flatMap((m) => m[1]!.split(' ')));
  const open = svg.indexOf('>') + 1;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `${svg.slice(0, open - 1)} xmlns="http://www.w3.org/2000/svg">`,
    `<style>\n${mapRules(classes)}\n</style>`,
    svg.slice(open).replace(/></g, '>\n<'),
    '',
  ].join('\n');
}
