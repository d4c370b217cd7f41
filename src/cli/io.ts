import { localIsoDate } from "../core/clock";
import type { Job, JobResult } from "./jobs";

/** What a command writes to and reads from; tests pass their own. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Today's date, ISO. */
  today: () => string;
  /** True when stdout is a terminal (colours allowed). */
  isTty: boolean;
  /** Where the work on a file runs: a worker with limits (the command line), or here (tests). */
  runJob?: (job: Job) => Promise<JobResult>;
}

export function processIo(runJob: CliIo["runJob"]): CliIo {
  return {
    runJob,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    today: () => localIsoDate(new Date()),
    isTty: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  };
}

/** A failure the user caused or can fix: shown as one line, exit code 2, no stack trace. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}
