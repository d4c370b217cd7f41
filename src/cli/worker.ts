import { parentPort, workerData } from "node:worker_threads";
import { Job, JobResult, runJob } from "./jobs";

/** What the worker posts back: the job's result, or why the job itself failed. */
export type WorkerAnswer =
  { kind: "result"; result: JobResult } | { kind: "crashed"; detail: string };

function answer(message: WorkerAnswer): void {
  parentPort?.postMessage(message);
}

// the worker runs one job and is done; the thread that started it decides how long that may take
void runJob(workerData as Job).then(
  (result) => answer({ kind: "result", result }),
  (error: unknown) =>
    answer({ kind: "crashed", detail: error instanceof Error ? error.message : String(error) })
);
