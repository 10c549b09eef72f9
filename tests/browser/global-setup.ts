// Builds the app once and serves dist/ on 127.0.0.1 for every browser test; stops the server afterwards.
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_PATH } from './chromium.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Install it with: sudo apt-get install -y chromium`,
    );
  }
  // BROWSER_TEST_OUT_DIR lets two people run browser tests at once without building over each other.
  const outDir = process.env.BROWSER_TEST_OUT_DIR ?? 'dist';
  await build({ root, logLevel: 'warn', build: { sourcemap: false, outDir, emptyOutDir: true } });
  const server = await preview({
    root,
    logLevel: 'warn',
    build: { outDir },
    // Port 0: the system picks a free port, so a developer's own preview on 4173 is left alone.
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address() as AddressInfo | null;
  if (!address) throw new Error('The preview server did not start.');
  project.provide('appUrl', `http://127.0.0.1:${address.port}/`);
  return async () => {
    await server.close();
  };
}
