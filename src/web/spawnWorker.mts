/**
 * Starts the engine's Web Worker. This is the one module written as ECMAScript (.mts): webpack finds
 * the worker through `new URL(…, import.meta.url)`, which the CommonJS-typed .ts files cannot hold.
 */
export function spawnEngineWorker(): Worker {
  return new Worker(new URL("./worker.ts", import.meta.url), { name: "taizhang-engine" });
}
