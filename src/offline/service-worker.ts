// The service worker: the app opens and works with no server after the first visit. The build writes
// the list of the app's files into it (see precache-plugin.ts); they are cached when it installs, and
// served from the cache from then on (their names carry their content's hash, so a cached file is
// never stale). Anything else of the app the page fetches is cached as it is used. A new version
// installs beside the old one and waits until the user chooses to reload.

/** The parts of the service worker scope this file uses (the DOM library types none of them). */
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}

interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}

interface WorkerScope {
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  skipWaiting(): Promise<void>;
  readonly clients: { claim(): Promise<void> };
  readonly registration: { readonly scope: string };
}

interface PrecacheManifest {
  readonly version: string;
  readonly files: readonly string[];
}

/** Written by the build: the app's files and a version made from their names. */
declare const __PRECACHE_MANIFEST__: PrecacheManifest;

const worker = self as unknown as WorkerScope;
const manifest = __PRECACHE_MANIFEST__;
const PREFIX = 'fengong-atlas-';
const APP_CACHE = `${PREFIX}app-${manifest.version}`;
const USED_CACHE = `${PREFIX}used-${manifest.version}`;
const SHELL = new URL('index.html', worker.registration.scope).href;

const inScope = (url: string) => url.startsWith(worker.registration.scope);

worker.addEventListener('install', (event) => {
  const urls = manifest.files.map((file) => new URL(file, worker.registration.scope).href);
  event.waitUntil(caches.open(APP_CACHE).then((cache) => cache.addAll(urls)));
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      const old = names.filter((n) => n.startsWith(PREFIX) && n !== APP_CACHE && n !== USED_CACHE);
      await Promise.all(old.map((n) => caches.delete(n)));
      // The first visit's page is taken over at once, so what it fetches next is cached too.
      await worker.clients.claim();
    })(),
  );
});

async function fromCacheOrNetwork(request: Request): Promise<Response> {
  // ignoreVary: the server varies on Origin, which module scripts send and the install's fetches do not.
  const cached = await caches.match(request, { ignoreVary: true });
  if (cached) return cached;
  // The app's own files, from the server they came from (inScope): no user data leaves.
  // eslint-disable-next-line no-restricted-globals
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') {
    const copy = response.clone();
    void caches.open(USED_CACHE).then((cache) => cache.put(request, copy));
  }
  return response;
}

async function page(request: Request): Promise<Response> {
  // The page is the cached one of this version: its scripts are the cached ones, whatever the
  // server holds now. A newer version comes with a newer worker, offered to the user.
  const cached = await caches.match(SHELL, { ignoreVary: true });
  // eslint-disable-next-line no-restricted-globals -- the app's own page, from its own server
  return cached ?? fetch(request);
}

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !inScope(request.url)) return;
  event.respondWith(request.mode === 'navigate' ? page(request) : fromCacheOrNetwork(request));
});

/** Files the page had fetched before this worker controlled it (the first visit's font slices). */
async function keep(urls: readonly string[]): Promise<void> {
  const cache = await caches.open(USED_CACHE);
  for (const url of urls) {
    if (!inScope(url) || (await caches.match(url, { ignoreVary: true }))) continue;
    await cache.add(url).catch(() => undefined);
  }
}

worker.addEventListener('message', (event) => {
  const data = event.data as { type?: string; urls?: unknown } | null;
  if (data?.type === 'skip-waiting') void worker.skipWaiting();
  if (data?.type === 'keep' && Array.isArray(data.urls))
    (event as MessageEvent & Partial<ExtendableEvent>).waitUntil?.(keep(data.urls.map(String)));
});
