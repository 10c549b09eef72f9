// The page's side of the service worker (service-worker.ts): register it, hand it the files the page
// fetched before it was in control (the first visit's font slices and workers), and tell the app when
// a new version waits, so the user chooses when to reload — an open tab is never switched under them.

/** Automated browsers (the tests, crawlers) open throwaway profiles by the hundred: each would copy
 *  the whole app into its cache. They get the worker only when a test asks for it. */
export const OFFLINE_IN_AUTOMATION = 'fengong-atlas:offline-in-automation';

export interface OfflineUpdate {
  /** Switches to the waiting version and reloads the page. */
  readonly apply: () => void;
}

function wanted(): boolean {
  // Under `vite dev` there is no sw.js: the registration fails quietly.
  if (!('serviceWorker' in navigator)) return false;
  if (!navigator.webdriver) return true;
  try {
    return localStorage.getItem(OFFLINE_IN_AUTOMATION) === 'on';
  } catch {
    return false;
  }
}

/** Same-origin files the page has fetched so far, and those it fetches from now on. */
function keepFetched(worker: ServiceWorker): void {
  const send = (entries: readonly PerformanceEntry[]) => {
    const urls = entries.map((e) => e.name).filter((url) => url.startsWith(location.origin));
    if (urls.length > 0) worker.postMessage({ type: 'keep', urls });
  };
  send(performance.getEntriesByType('resource'));
  new PerformanceObserver((list) => send(list.getEntries())).observe({ type: 'resource' });
}

/** The parts of the browser the update offer uses, given so a test can play them. */
export interface UpdateHost {
  readonly container: Pick<ServiceWorkerContainer, 'controller' | 'addEventListener'>;
  readonly reload: () => void;
}

type Waiting = Pick<ServiceWorker, 'state' | 'postMessage' | 'addEventListener'>;
type Registration = Pick<ServiceWorkerRegistration, 'addEventListener'> & {
  readonly waiting: Waiting | null;
  readonly installing: Waiting | null;
};

/** Calls `onUpdate` when a new worker waits behind the one in control. */
export function offerWhenWaiting(
  registration: Registration,
  host: UpdateHost,
  onUpdate: (update: OfflineUpdate) => void,
): void {
  const offer = (waiting: Waiting) =>
    onUpdate({
      apply: () => {
        host.container.addEventListener('controllerchange', () => host.reload(), { once: true });
        waiting.postMessage({ type: 'skip-waiting' });
      },
    });
  // Only a worker replacing another is an update; the first one simply takes over.
  if (registration.waiting && host.container.controller) offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed' && host.container.controller) offer(installing);
    });
  });
}

/** Registers the worker once the page has loaded, so it never competes with the first screen. */
export function registerOffline(onUpdate: (update: OfflineUpdate) => void): void {
  if (!wanted()) return;
  const start = async () => {
    const registration = await navigator.serviceWorker.register('./sw.js', { scope: './' });
    offerWhenWaiting(
      registration,
      { container: navigator.serviceWorker, reload: () => location.reload() },
      onUpdate,
    );
    // Look for a new version when the user comes back to the tab, not only on a navigation.
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') void registration.update().catch(() => undefined);
    });
    const ready = await navigator.serviceWorker.ready;
    if (ready.active) keepFetched(ready.active);
  };
  const later = () => void start().catch(() => undefined);
  if (document.readyState === 'complete') later();
  else window.addEventListener('load', later, { once: true });
}
