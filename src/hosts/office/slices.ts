/**
 * Sends work that spans several requests, one request after another. Excel refuses a request or a
 * response over 5 MB, so a large read or write goes in slices, each sized from (or depending on) the
 * one before. `sendSlice` queues one slice, syncs it and says whether another is left. This is where
 * Taizhang chains requests, a payload chunk each: never one per cell or per item.
 */
export async function sendSlices(sendSlice: () => Promise<boolean>): Promise<void> {
  while (await sendSlice()) continue;
}
