import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precachePlugin } from './src/offline/precache-plugin.ts';
import { fontFacesPlugin } from './src/views/fonts/font-faces-plugin.ts';

const FRAME_HEADERS = {
  'Content-Security-Policy': "frame-ancestors 'none'",
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

// Client-only app: everything it needs is bundled; nothing is fetched from elsewhere at run time.
export default defineConfig({
  // The public folder's files are served as they are: the service worker keeps them too.
  plugins: [react(), fontFacesPlugin(), precachePlugin(['favicon.svg'])],
  base: './',
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
    // Font slices stay files, fetched when drawn: inlined, the small ones would ride in the first script.
    assetsInlineLimit: (file: string) => (/\.woff2?$/.test(file) ? false : undefined),
  },
  worker: { format: 'es' },
  // frame-ancestors and X-Frame-Options only work as headers, not in the page's CSP meta tag: no site
  // may frame the app and steer clicks on it.
  preview: { port: 4173, strictPort: true, headers: FRAME_HEADERS },
  server: { port: 5173, headers: FRAME_HEADERS },
});
