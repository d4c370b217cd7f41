/** How a write, a fix and an undo send their changes, and the batches that save the undo state with them. */
import { supportsExcelApi } from "./readSheet";
import { sendSlices } from "./slices";
import { ActionSummary, StateHead, chunkKey, queueDeleteChunks, queueHead } from "./state";
import { Batch, CALL_OVERHEAD_BYTES, utf8Bytes } from "./writePlan";

/** Runs packed requests: calculation and screen updating suspended, events off, one sync each. */
export async function runRequests(
  context: Excel.RequestContext,
  requests: Batch[][],
  sheetName?: string
): Promise<void> {
  const sheets = context.workbook.worksheets;
  const sheet = sheetName ? sheets.getItem(sheetName) : sheets.getActiveWorksheet();
  const events = supportsExcelApi("1.8");
  let next = 0;
  const sendRequest = async (): Promise<boolean> => {
    if (next === requests.length) return false;
    const i = next++;
    context.application.suspendApiCalculationUntilNextSync();
    if (supportsExcelApi("1.9")) context.application.suspendScreenUpdatingUntilNextSync();
    if (i === 0 && events) context.runtime.enableEvents = false;
    for (const batch of requests[i]) batch.queue(context, sheet);
    if (i === requests.length - 1 && events) context.runtime.enableEvents = true;
    await context.sync();
    return true;
  };
  try {
    await sendSlices(sendRequest);
  } catch (error) {
    // a request that failed midway must not leave the add-in's events off
    if (events && requests.length > 0) {
      context.runtime.enableEvents = true;
      await context.sync().catch(() => undefined);
    }
    throw error;
  }
}

/** The new action's chunks, one batch each so large ones spread over requests, then the head. */
export function stateBatches(
  id: string,
  chunks: string[],
  head: StateHead,
  dropped: ActionSummary[]
): Batch[] {
  return [
    ...chunks.map((chunk, i) => ({
      bytes: utf8Bytes(JSON.stringify(chunk)) + CALL_OVERHEAD_BYTES,
      queue: (context: Excel.RequestContext) => {
        context.workbook.settings.add(chunkKey(id, i), chunk);
      },
    })),
    headBatch(head, dropped),
  ];
}

export function headBatch(head: StateHead, dropped: ActionSummary[]): Batch {
  return {
    bytes:
      utf8Bytes(JSON.stringify(JSON.stringify(head))) +
      CALL_OVERHEAD_BYTES * (1 + dropped.reduce((n, a) => n + a.chunks, 0)),
    queue: (context) => {
      queueHead(context, head);
      for (const action of dropped) queueDeleteChunks(context, action);
    },
  };
}
