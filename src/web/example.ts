import exampleUrl from "../../assets/examples/sample-ledger.xlsx";

export const EXAMPLE_NAME = "sample-ledger.xlsx";

/**
 * The bundled example's bytes. It is inlined into this lazily loaded chunk rather than fetched, so
 * 打开示例 works on a page opened from disk too, where the browser refuses to fetch files.
 */
export function exampleBytes(): ArrayBuffer {
  const binary = atob(exampleUrl.slice(exampleUrl.indexOf(",") + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes.buffer;
}
