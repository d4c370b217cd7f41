import type { Engine } from "./engine";
import {
  EngineArgs,
  EngineCall,
  EngineError,
  EngineResponseMessage,
  EngineResult,
  failureOf,
} from "./protocol";
import { spawnEngineWorker } from "./spawnWorker.mjs";

export type EngineMode = "worker" | "page";

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

/** The engine in a Web Worker: the page stays responsive while it reads, checks and writes. */
class WorkerEngine implements EngineClient {
  readonly mode: Promise<EngineMode>;
  private readonly ready: Promise<boolean>;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(
    private readonly worker: Worker,
    private readonly fallback: EngineClient
  ) {
    this.ready = new Promise((resolve) => {
      worker.addEventListener("message", (event: MessageEvent<EngineResponseMessage>) => {
        const message = event.data;
        if (message.kind === "ready") resolve(true);
        else this.settle(message);
      });
      // before "ready": the script could not load or run (a policy, a missing file); after: a crash
      worker.addEventListener("error", (event) => {
        event.preventDefault();
        resolve(false);
        const failure = new EngineError({
          code: "failed",
          detail: event.message || "worker failed",
        });
        for (const pending of this.pending.values()) pending.reject(failure);
        this.pending.clear();
      });
    });
    this.mode = this.ready.then((ok) => (ok ? "worker" : "page"));
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
    if (!(await this.ready)) return this.fallback.call(type, args, transfer);
    const id = this.nextId++;
    return new Promise<EngineResult<K>>((resolve, reject) => {
      this.pending.set(id, { resolve: (result) => resolve(result as EngineResult<K>), reject });
      this.worker.postMessage({ id, type, args }, transfer);
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
    return new WorkerEngine(spawnEngineWorker(), page);
  } catch {
    return page;
  }
}
