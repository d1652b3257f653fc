/** `Retry-After` as seconds from now: delta-seconds or an HTTP date; `undefined` if absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  const text = value?.trim() ?? '';
  // Digits are seconds; a date has letters (a bare number is never read as a year).
  const seconds = /^\d+(\.\d+)?$/.test(text)
    ? Number(text)
    : /[a-z]/i.test(text)
      ? (Date.parse(text) - now) / 1000
      : NaN;
  return Number.isNaN(seconds) ? undefined : Math.max(0, seconds);
}
