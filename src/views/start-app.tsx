// The app proper, loaded by the entry point (main.tsx) once the parser's worker is already reading the
// notice: React, the views, Cytoscape and the styles arrive while the first parse runs.
// First, before any module of the app builds a schema (the entry point builds none).
import '../view-model/zod-jitless.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { applyAppearance } from './appearance-vars.ts';
import { App } from './App.tsx';
import './theme.css';

/** Takes over the first screen index.html painted (its title, its outline skeleton). */
export function startApp(root: HTMLElement, firstTitle: string): void {
  applyAppearance(document.documentElement);
  createRoot(root).render(
    <StrictMode>
      <App firstTitle={firstTitle} />
    </StrictMode>,
  );
}
