import type { Engine } from "./engine";
import {
  EngineArgs,
  EngineCall,
  EngineError,
  EngineFailure,
  EngineResponseMessage,
  EngineResult,
  failureOf,
} from "./protocol";
import { spawnEngineWorker } from "./spawnWorker.mjs";
import { both } from "./strings";

export type EngineMode = "worker" | "page";

/**
 * How long one call may run in the worker: the CLI's default `--timeout` (DEFAULT_LIMITS.timeoutMs,
 * not imported: the file host stays out of the page's first load).
 */
export const ENGINE_TIMEOUT_MS = 180_000;

/** The engine as the page calls it, wherever it runs. */
export interface EngineClient {
  /** Where the engine runs, once that is settled. */
  readonly mode: Promise<EngineMode>;
  /** `transfer`: buffers among the arguments that the page hands over rather than copies. */
  call<K extends EngineCall>(
    type: K,
    args: EngineArgs<K>,
    transfer?: ArrayBuffer[]
  ): Promise<EngineResult<K>>;
}

/** How long to wait for a frame: a page in a background tab paints none, and must not stall. */
const PAINT_WAIT_MS = 100;

/** Lets the browser paint (a spinner) before the page's own thread turns to the engine. */
function nextPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, PAINT_WAIT_MS);
  });
}

/**
 * The engine on the page's own thread, loaded as a separate chunk on first use (xlsx and ExcelJS
 * are not in the page's first load). Used where a worker cannot start: pages opened from disk.
 */
class PageEngine implements EngineClient {
  readonly mode = Promise.resolve<EngineMode>("page");
  private engine: Promise<Engine> | null = null;

  async call<K extends EngineCall>(type: K, args: EngineArgs<K>): Promise<EngineResult<K>> {
    this.engine ??= import(/* webpackChunkName: "engine" */ "./engine.js").then(
      (m) => new m.Engine()
    );
    const engine = await this.engine;
    await nextPaint();
    try {
      return (await engine.call(type, args)).result;
    } catch (error) {
      throw new EngineError(failureOf(error));
    }
  }
}

interface Pending {
  resolve(result: unknown): void;
  reject(error: EngineError): void;
}

/** A worker and whether it came up (false: it could not load, and the page's own engine is used). */
interface Started {
  worker: Worker;
  ready: Promise<boolean>;
}

/**
 * The engine in a Web Worker: the page stays responsive while it reads, checks and writes. A call
 * that runs past the time limit is stopped by terminating the worker (a runaway parse is never
 * waited on); the next call starts a fresh one.
 */
export class WorkerEngine implements EngineClient {
  readonly mode: Promise<EngineMode>;
  private current: Started | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(
    private readonly spawn: () => Worker,
    private readonly fallback: EngineClient,
    private readonly timeoutMs: number = ENGINE_TIMEOUT_MS
  ) {
    this.mode = this.started().ready.then((ok) => (ok ? "worker" : "page"));
  }

  private started(): Started {
    this.current ??= this.start();
    return this.current;
  }

  private start(): Started {
    const worker = this.spawn();
    const ready = new Promise<boolean>((resolve) => {
      worker.addEventListener("message", (event: MessageEvent<EngineResponseMessage>) => {
        const message = event.data;
        if (message.kind === "ready") resolve(true);
        else this.settle(message);
      });
      // before "ready": the script could not load or run (a policy, a missing file); after: a crash
      worker.addEventListener("error", (event) => {
        event.preventDefault();
        resolve(false);
        this.rejectAll({ code: "failed", detail: event.message || "worker failed" });
      });
    });
    return { worker, ready };
  }

  private rejectAll(failure: EngineFailure): void {
    for (const pending of this.pending.values()) pending.reject(new EngineError(failure));
    this.pending.clear();
  }

  /** Stops a worker that ran past the limit; what it was doing fails with the reason. */
  private stop(worker: Worker): void {
    worker.terminate();
    if (this.current?.worker === worker) this.current = null;
    const reason = both("timedOut", { seconds: this.timeoutMs / 1000 });
    this.rejectAll({ code: "limit", detail: reason.en, reason });
  }

  private settle(message: Exclude<EngineResponseMessage, { kind: "ready" }>): void {
    const pending = this.pending.get(message.id);
    if (!pending) return;
    this.pending.delete(message.id);
    if (message.kind === "result") pending.resolve(message.result);
    else pending.reject(new EngineError(message.failure));
  }

  async call<K extends EngineCall>(
    type: K,
    args: EngineArgs<K>,
    transfer: ArrayBuffer[] = []
  ): Promise<EngineResult<K>> {
    const { worker, ready } = this.started();
    if (!(await ready)) return this.fallback.call(type, args, transfer);
    const id = this.nextId++;
    return new Promise<EngineResult<K>>((resolve, reject) => {
      const timer = setTimeout(() => this.stop(worker), this.timeoutMs);
      this.pending.set(id, {
        resolve: (result) => {
          clearTimeout(timer);
          resolve(result as EngineResult<K>);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      worker.postMessage({ id, type, args }, transfer);
    });
  }
}

/**
 * The engine in a worker where the browser allows one. Chrome refuses workers to pages opened from
 * disk (file://), so there the engine runs on the page, as it does when the worker fails to start.
 */
export function createEngineClient(): EngineClient {
  const page = new PageEngine();
  if (location.protocol === "file:") return page;
  try {
    return new WorkerEngine(spawnEngineWorker, page);
  } catch {
    return page;
  }
}
