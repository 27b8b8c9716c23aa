/**
 * RT's priority label for a number, for when only REST gave the number. Pages show the label the
 * site configured (%PriorityAsString); these are RT's defaults, so the page's label is preferred.
 */

/** RT's default %PriorityAsString, highest first: a number shows the first label it reaches. */
const DEFAULT_LABELS = [
  { from: 100, label: 'High' },
  { from: 50, label: 'Medium' },
  { from: 0, label: 'Low' },
] as const;

export function defaultPriorityLabel(priority: number): string | undefined {
  return DEFAULT_LABELS.find(({ from }) => priority >= from)?.label;
}
