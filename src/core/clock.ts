/** The calendar date of a moment in the local time zone, as ISO `YYYY-MM-DD`. Hosts own the clock. */
export function localIsoDate(moment: Date): string {
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}
