import { Engine } from "./engine";
import { EngineRequestMessage, EngineResponseMessage, failureOf } from "./protocol";

/** The worker's side of postMessage (the project's type-checking knows the DOM, not the worker scope). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<EngineRequestMessage>) => void) | null;
  postMessage(message: EngineResponseMessage, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
const engine = new Engine();

// Calls run one after another, in the order the page made them: a check waits for the open before it.
let queue: Promise<void> = Promise.resolve();

scope.onmessage = (event) => {
  const { id, type, args } = event.data;
  queue = queue.then(async () => {
    try {
      const { result, transfer } = await engine.call(type, args);
      scope.postMessage({ kind: "result", id, result }, transfer);
    } catch (error) {
      scope.postMessage({ kind: "failure", id, failure: failureOf(error) });
    }
  });
};

// the page waits for this before sending work, and falls back to the main thread if it never comes
scope.postMessage({ kind: "ready" });
