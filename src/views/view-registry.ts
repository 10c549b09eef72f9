// The views the top bar offers, in order. Each view reads what it needs from useAtlas().
import type { ComponentType } from 'react';
import { OutlineAndSource } from './OutlineAndSource.tsx';

export interface ViewEntry {
  /** Kept in the address (`#view=…`). */
  readonly name: string;
  readonly label: string;
  readonly Component: ComponentType;
}

export const VIEWS: readonly ViewEntry[] = [
  { name: 'outline', label: 'Outline & source', Component: OutlineAndSource },
];

export const DEFAULT_VIEW = 'outline';

export function findView(name: string): ViewEntry {
  return VIEWS.find((v) => v.name === name) ?? (VIEWS[0] as ViewEntry);
}
