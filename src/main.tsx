// Entry point: the bundled Chinese font, the shared appearance, the base styles, and the app.
import './app/zod-jitless.ts';
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/600.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { applyAppearance } from './views/appearance-vars.ts';
import { App } from './views/App.tsx';
import './views/theme.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
applyAppearance(document.documentElement);
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
