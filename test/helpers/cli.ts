import { run } from '../../src/cli/main';
import { CliIo } from '../../src/cli/io';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs one `taizhang` command line in-process, as of 2026-11-23, capturing what it prints. */
export async function capture(argv: string[], isTty = false): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), today: () => '2026-11-23', isTty };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}
