import { DEFAULT_LIMITS } from '../../src/hosts/file/limits';
import { ENGINE_TIMEOUT_MS, WorkerEngine } from '../../src/web/engineClient';
import { EngineError } from '../../src/web/protocol';

jest.mock('../../src/web/spawnWorker.mjs', () => ({ spawnEngineWorker: jest.fn() }), { virtual: true });

type Listener = (event: { data?: unknown; message?: string; preventDefault(): void }) => void;

/** A worker that comes up and then never answers: a parse that runs away. */
class StuckWorker {
  readonly listeners = new Map<string, Listener[]>();
  terminated = false;
  posted = 0;

  constructor() {
    setTimeout(() => this.emit('message', { kind: 'ready' }), 0);
  }

  addEventListener(type: string, listener: Listener): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  emit(type: string, data: unknown): void {
    for (const listener of this.listeners.get(type) ?? []) listener({ data, preventDefault: () => undefined });
  }

  postMessage(): void {
    this.posted++;
  }

  terminate(): void {
    this.terminated = true;
  }
}

describe('the web page’s engine client', () => {
  it('gives a call as long as the command line gives a file', () => {
    expect(ENGINE_TIMEOUT_MS).toBe(DEFAULT_LIMITS.timeoutMs);
  });

  it('stops a call that runs past the time limit: the worker is terminated, the page told why, and the next call gets a fresh worker', async () => {
    const workers: StuckWorker[] = [];
    const spawn = (): Worker => {
      const worker = new StuckWorker();
      workers.push(worker);
      return worker as unknown as Worker;
    };
    const fallback = { mode: Promise.resolve('page' as const), call: jest.fn() };
    const client = new WorkerEngine(spawn, fallback, 50);
    expect(await client.mode).toBe('worker');
    const started = Date.now();
    const failure = await client.call('open', { name: 'bomb.xlsx', bytes: new ArrayBuffer(8) }).catch((error: unknown) => error);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(failure).toBeInstanceOf(EngineError);
    expect((failure as EngineError).failure).toMatchObject({ code: 'limit', reason: { zh: '读取和校验超过 0.05 秒，已停止' } });
    expect(workers[0].terminated).toBe(true);
    void client.call('preview', { sheet: '台账' }).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(workers).toHaveLength(2);
    expect(workers[1].posted).toBe(1);
    expect(fallback.call).not.toHaveBeenCalled();
  });
});
