/** A target's list of steps (warnings, escalations): one row of fields per step, each with Remove, then Add. */
import type { ComponentChildren } from 'preact';
import { t } from '../../shared/i18n';

interface Place {
  readonly index: number;
  readonly position: string;
}

interface Props<T> {
  readonly heading: string;
  readonly items: readonly T[];
  readonly onChange: (items: T[]) => void;
  /** What Add appends. */
  readonly fresh: T;
  readonly add: { readonly label: string; readonly name: string; readonly testId: string };
  /** The Remove button's accessible name for the step at `position` (1-based). */
  readonly removeName: (position: string) => string;
  /** A step's fields (`position` is 1-based, for names); `change` merges a part into that step. */
  readonly fields: (item: T, place: Place, change: (part: Partial<T>) => void) => ComponentChildren;
  /** What is wrong with the step, after its Remove button. */
  readonly errors: (index: number) => ComponentChildren;
}

export function StepList<T>({ heading, items, onChange, fresh, add, removeName, fields, errors }: Props<T>) {
  const change = (index: number, part: Partial<T>) =>
    onChange(items.map((each, at) => (at === index ? { ...each, ...part } : each)));
  return (
    <div class="steps">
      <p class="label">{heading}</p>
      <ol>
        {items.map((item, index) => (
          // Steps have no identity beyond their place; a removed one takes its fields with it.
          <li key={index} class="inline">
            {fields(item, { index, position: String(index + 1) }, (part) => change(index, part))}
            <button
              type="button"
              aria-label={removeName(String(index + 1))}
              onClick={() => onChange(items.filter((_, at) => at !== index))}
            >
              {t('policyRemove')}
            </button>
            {errors(index)}
          </li>
        ))}
      </ol>
      <button
        type="button"
        data-testid={add.testId}
        aria-label={add.name}
        onClick={() => onChange([...items, fresh])}
      >
        {add.label}
      </button>
    </div>
  );
}
