import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Client-only app: everything it needs is bundled; nothing is fetched from elsewhere at run time.
export default defineConfig({
  plugins: [react()],
  base: './',
  build: { target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 1500 },
  worker: { format: 'es' },
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
});
