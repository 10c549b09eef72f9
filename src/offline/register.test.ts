// The update offer with the browser's parts played by plain event targets: the first worker takes
// over without a word; a worker waiting behind another is offered, and applied only when asked.
import { describe, expect, it, vi } from 'vitest';
import { offerWhenWaiting, type OfflineUpdate } from './register.ts';

class FakeWorker extends EventTarget {
  state: ServiceWorkerState = 'installing';
  readonly messages: unknown[] = [];
  postMessage(message: unknown) {
    this.messages.push(message);
  }
  become(state: ServiceWorkerState) {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

class FakeRegistration extends EventTarget {
  waiting: FakeWorker | null = null;
  installing: FakeWorker | null = null;
  found(worker: FakeWorker) {
    this.installing = worker;
    this.dispatchEvent(new Event('updatefound'));
  }
}

function host(controlled: boolean) {
  const container = Object.assign(new EventTarget(), {
    controller: controlled ? ({} as ServiceWorker) : null,
  });
  return { container, reload: vi.fn() };
}

describe('offerWhenWaiting', () => {
  it('says nothing when the first worker installs: it simply takes over', () => {
    const registration = new FakeRegistration();
    const onUpdate = vi.fn();
    offerWhenWaiting(registration as never, host(false) as never, onUpdate);
    const worker = new FakeWorker();
    registration.found(worker);
    worker.become('installed');
    expect(onUpdate).not.toHaveBeenCalled();
  });

  it('offers a worker installed behind the one in control, and switches only when applied', () => {
    const registration = new FakeRegistration();
    const page = host(true);
    const offers: OfflineUpdate[] = [];
    offerWhenWaiting(registration as never, page as never, (u) => offers.push(u));
    const worker = new FakeWorker();
    registration.found(worker);
    expect(offers).toHaveLength(0);
    worker.become('installed');
    expect(offers).toHaveLength(1);
    expect(worker.messages).toEqual([]);
    offers[0]?.apply();
    expect(worker.messages).toEqual([{ type: 'skip-waiting' }]);
    expect(page.reload).not.toHaveBeenCalled();
    page.container.dispatchEvent(new Event('controllerchange'));
    expect(page.reload).toHaveBeenCalledTimes(1);
  });

  it('offers a worker already waiting when the page opens', () => {
    const registration = new FakeRegistration();
    registration.waiting = new FakeWorker();
    const onUpdate = vi.fn();
    offerWhenWaiting(registration as never, host(true) as never, onUpdate);
    expect(onUpdate).toHaveBeenCalledTimes(1);
  });
});
