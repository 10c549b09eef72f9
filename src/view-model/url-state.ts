// What the address keeps, so a reload (or a shared link) returns to the same view and selection:
// `#view=graph&sel=agency:ag:自治区发展改革委&layout=fcose`. Pure: parse and format only.

export type SelectionKind = 'agency' | 'task' | 'item' | 'section' | 'edge' | 'project';

export interface SelectionRef {
  readonly kind: SelectionKind;
  readonly id: string;
}

export interface UrlState {
  readonly view: string | null;
  readonly selection: SelectionRef | null;
  /** View-specific settings (layout, filters, zoom …), each view owning its keys. */
  readonly params: Readonly<Record<string, string>>;
}

const KINDS: readonly SelectionKind[] = ['agency', 'task', 'item', 'section', 'edge', 'project'];

export function readUrlState(hash: string): UrlState {
  const search = new URLSearchParams(hash.replace(/^#/, ''));
  let view: string | null = null;
  let selection: SelectionRef | null = null;
  const params: Record<string, string> = {};
  for (const [key, value] of search) {
    if (key === 'view') view = value || null;
    else if (key === 'sel') {
      const at = value.indexOf(':');
      const kind = value.slice(0, at) as SelectionKind;
      if (at > 0 && KINDS.includes(kind) && value.length > at + 1)
        selection = { kind, id: value.slice(at + 1) };
    } else params[key] = value;
  }
  return { view, selection, params };
}

export function writeUrlState(state: UrlState): string {
  const search = new URLSearchParams();
  if (state.view) search.set('view', state.view);
  if (state.selection) search.set('sel', `${state.selection.kind}:${state.selection.id}`);
  for (const key of Object.keys(state.params).sort()) search.set(key, state.params[key] as string);
  const text = search.toString();
  return text ? `#${text}` : '';
}
