/**
 * Figures and how they are printed. A benchmark only returns figures; whether a goal is met is decided
 * here, once, so every benchmark reads its goal the same way.
 */

/** One measured number, printed as one JSON line in `--json` mode. */
export interface Figure {
  /** Stable kebab-case id, e.g. `add-business-time-speedup`: tools and docs refer to it by name. */
  readonly name: string;
  readonly value: number;
  /** `x`, `ms`, `inputs`, ... */
  readonly unit: string;
  /**
   * `>= 20`, `< 50 ms`, `0` (a bare number means "exactly"), or `''` for a figure that is only
   * informative. A trailing unit is for the reader; it must be the figure's unit if present.
   */
  readonly goal: string;
}

const GOAL = /^(>=|<=|>|<|=)?\s*(-?\d+(?:\.\d+)?)\s*(\S*)$/;

/** Whether the figure meets its goal, or undefined when it has none. Throws on a goal it cannot read. */
export function goalMet(figure: Figure): boolean | undefined {
  if (figure.goal.trim() === '') return undefined;
  const match = GOAL.exec(figure.goal.trim());
  const unit = match?.[3];
  if (!match || (unit && unit !== figure.unit)) {
    throw new Error(`figure ${figure.name}: cannot read goal ${JSON.stringify(figure.goal)}`);
  }
  const target = Number(match[2]);
  switch (match[1] ?? '=') {
    case '>=':
      return figure.value >= target;
    case '<=':
      return figure.value <= target;
    case '>':
      return figure.value > target;
    case '<':
      return figure.value < target;
    default:
      return figure.value === target;
  }
}

/** The machine-readable line: exactly these four keys, in this order. */
export function jsonLine(figure: Figure): string {
  const { name, value, unit, goal } = figure;
  return JSON.stringify({ name, value, unit, goal });
}

/** The human line: name, value, goal and whether it is met. */
export function humanLine(figure: Figure): string {
  const met = goalMet(figure);
  const verdict = met === undefined ? '' : met ? 'met' : 'MISSED';
  const goal = figure.goal ? `goal ${figure.goal}` : '';
  return `  ${figure.name.padEnd(50)} ${formatNumber(figure.value).padStart(12)} ${figure.unit.padEnd(7)} ${goal.padEnd(16)} ${verdict}`.trimEnd();
}

/** Thousands separators and at most two decimals: 12,345.68. */
export function formatNumber(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** Rounds a figure's value so the JSON does not carry timer noise in its 14th digit. */
export function round(value: number, decimals = 2): number {
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
}
