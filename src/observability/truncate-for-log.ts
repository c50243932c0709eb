/** Bounds of client-chosen text in log lines: operation names, and longer text (variables, error messages, stacks). */
export const LOG_TEXT_LIMITS = { name: 200, text: 2048 } as const;

/**
 * `text` cut to `max` characters, marked with an ellipsis and how many were left out, so one request
 * cannot write megabytes of log. A cut never splits a surrogate pair.
 */
export function truncateForLog(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text.charAt(max - 1)) ? max - 1 : max;
  return `${text.slice(0, end)}…(+${text.length - end} chars)`;
}
