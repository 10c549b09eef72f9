// Entry point: the bundled Chinese font, the shared appearance, the base styles, and the app, which
// takes over the first screen index.html painted (its title, its outline skeleton).
import './view-model/zod-jitless.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { applyAppearance } from './views/appearance-vars.ts';
import { App } from './views/App.tsx';
import { looksLikeFirstVisit, prepareFirstScreen } from './views/first-screen.ts';
import { registerFontFaces } from './views/fonts/font-faces.ts';
import { pageParser } from './views/workspace/page-parser.ts';
import { readSeedAhead } from './views/workspace/seed-reading.ts';
import './views/theme.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
const firstTitle = prepareFirstScreen(document);
registerFontFaces();
// The parser's worker loads and starts while the workspace opens, not after: the notice is parsed sooner.
pageParser();
// A first visit will store and show the bundled notice: read it while IndexedDB opens.
if (looksLikeFirstVisit()) readSeedAhead();
applyAppearance(document.documentElement);
createRoot(root).render(
  <StrictMode>
    <App firstTitle={firstTitle} />
  </StrictMode>,
);
