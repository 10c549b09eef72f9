// The page side of a small worker: answers matched to their jobs by id, a failure passed on, and every
// job answered on the page when the worker cannot start or dies holding it.
import { describe, expect, it } from 'vitest';
import { jobsOnWorker, type WorkerAnswer } from './jobs-on-worker.ts';

type Answer = Extract<WorkerAnswer<{ readonly doubled: number }>, { ok: true }>;

/** A worker stand-in: keeps what it is sent, answers when told, can die. */
class FakeWorker extends EventTarget {
  readonly sent: { id: number; input: number }[] = [];
  terminated = false;
  postMessage(message: { id: number; input: number }) {
    this.sent.push(message);
  }
  answer(data: WorkerAnswer<{ readonly doubled: number }>) {
    this.dispatchEvent(new MessageEvent('message', { data }));
  }
  terminate() {
    this.terminated = true;
  }
}

function setUp(start: () => Worker) {
  const onPageInputs: number[] = [];
  const run = jobsOnWorker<number, string, Answer>({
    start,
    result: (answer) => `worker ${answer.doubled}`,
    onPage: (input) => {
      onPageInputs.push(input);
      return Promise.resolve(`page ${input * 2}`);
    },
  });
  return { run, onPageInputs };
}

describe('jobsOnWorker', () => {
  it('starts the worker once and hands each answer to its own job, a failure as an error', async () => {
    const fakes: FakeWorker[] = [];
    const { run, onPageInputs } = setUp(() => {
      fakes.push(new FakeWorker());
      return fakes[fakes.length - 1] as unknown as Worker;
    });
    const [a, b, c] = [run(1), run(2), run(3)];
    expect(fakes).toHaveLength(1);
    const worker = fakes[0] as FakeWorker;
    expect(worker.sent.map((m) => m.input)).toEqual([1, 2, 3]);
    const idOf = (input: number) => worker.sent.find((m) => m.input === input)?.id ?? -1;
    worker.answer({ id: idOf(2), ok: true, doubled: 4 });
    worker.answer({ id: idOf(1), ok: true, doubled: 2 });
    worker.answer({ id: idOf(3), ok: false, error: 'too large' });
    await expect(a).resolves.toBe('worker 2');
    await expect(b).resolves.toBe('worker 4');
    await expect(c).rejects.toThrow('too large');
    expect(onPageInputs).toEqual([]);
  });

  it('answers on the page the jobs a dying worker held, and every job after', async () => {
    const worker = new FakeWorker();
    const { run, onPageInputs } = setUp(() => worker as unknown as Worker);
    const held = run(5);
    worker.dispatchEvent(new Event('error'));
    await expect(held).resolves.toBe('page 10');
    expect(worker.terminated).toBe(true);
    await expect(run(6)).resolves.toBe('page 12');
    expect(onPageInputs).toEqual([5, 6]);
    expect(worker.sent).toHaveLength(1);
  });

  it('answers on the page where no worker can start', async () => {
    const { run, onPageInputs } = setUp(() => {
      throw new ReferenceError('Worker is not defined');
    });
    await expect(run(7)).resolves.toBe('page 14');
    expect(onPageInputs).toEqual([7]);
  });
});
