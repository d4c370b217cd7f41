import { basename, join } from "node:path";
import { Worker } from "node:worker_threads";
import type { Job, JobResult } from "./jobs";
import { refusal } from "./refusal";
import { msg } from "./messages";
import type { WorkerAnswer } from "./worker";

/**
 * Runs a job in a worker thread with a memory limit and a deadline: a file that makes the parser
 * run away is stopped (the thread terminated), not waited on, and named in one line.
 */
export function runJobInWorker(job: Job): Promise<JobResult> {
  const { lang, limits } = job.options;
  const files = job.command === "compare" ? [job.last, job.file] : [job.file];
  const name = files.map((f) => basename(f)).join(lang === "en" ? ", " : "、");
  // each file a job reads has the time one file has
  const timeoutMs = limits.timeoutMs * files.length;
  return new Promise((resolve) => {
    const worker = new Worker(join(__dirname, "worker.js"), {
      workerData: job,
      resourceLimits: { maxOldGenerationSizeMb: limits.maxMemoryMb },
    });
    let settled = false;
    const finish = (result: JobResult): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    };
    const refused = (message: string): JobResult => ({ kind: "refused", message });
    const crashed = (detail: string): JobResult =>
      refused(msg(lang, "cannotRead", { file: name, reason: msg(lang, "crashed", { detail }) }));
    const timer = setTimeout(
      () => finish(refused(refusal(lang, name, { kind: "timeout", limitMs: timeoutMs }).message)),
      timeoutMs
    );
    worker.on("message", (answer: WorkerAnswer) =>
      finish(answer.kind === "result" ? answer.result : crashed(answer.detail))
    );
    worker.on("error", (error: Error & { code?: string }) =>
      finish(
        error.code === "ERR_WORKER_OUT_OF_MEMORY"
          ? refused(
              refusal(lang, name, { kind: "outOfMemory", limitMb: limits.maxMemoryMb }).message
            )
          : crashed(error.message)
      )
    );
    worker.on("exit", (code) => finish(crashed(`exit ${code}`)));
  });
}
