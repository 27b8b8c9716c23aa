/** When a policy's clocks pause and stop, and what a reopen, a pause or a policy change does to them. */
import type { MessageKey } from '../../shared/i18n';
import { t } from '../../shared/i18n';
import { pathId } from '../field-problems';
import type { PolicyDraft } from './policy-draft';

type Clock = PolicyDraft['clock'];

interface Props {
  readonly base: string;
  readonly clock: Clock;
  readonly onChange: (change: Partial<Clock>) => void;
}

const CHOICES = {
  reopen: [
    ['resume', 'policyReopenResume'],
    ['restart', 'policyReopenRestart'],
  ],
  pause: [
    ['freeze', 'policyPauseFreeze'],
    ['extend', 'policyPauseExtend'],
  ],
  policyChange: [
    ['swap', 'policyChangeSwap'],
    ['restart', 'policyChangeRestart'],
  ],
} as const satisfies Record<
  'reopen' | 'pause' | 'policyChange',
  ReadonlyArray<readonly [string, MessageKey]>
>;

const CHOICE_LABELS = {
  reopen: 'policyReopenLabel',
  pause: 'policyPauseLabel',
  policyChange: 'policyChangeLabel',
} as const satisfies Record<keyof typeof CHOICES, MessageKey>;

export function ClockFields({ base, clock, onChange }: Props) {
  const statusField = (key: 'pauseStatuses' | 'stopStatuses', label: MessageKey) => (
    <div class="field">
      <label for={pathId(base, `clock.${key}`)}>{t(label)}</label>
      <input
        id={pathId(base, `clock.${key}`)}
        type="text"
        spellcheck={false}
        data-testid={`policy-${key}`}
        aria-describedby={`${base}-status-hint`}
        value={clock[key]}
        onInput={(event) => onChange({ [key]: event.currentTarget.value })}
      />
    </div>
  );
  return (
    <fieldset class="clock">
      <legend>{t('policyClockHeading')}</legend>
      <p class="hint" id={`${base}-status-hint`}>
        {t('policyStatusHint')}
      </p>
      {statusField('pauseStatuses', 'policyPauseStatuses')}
      {statusField('stopStatuses', 'policyStopStatuses')}
      {(Object.keys(CHOICES) as Array<keyof typeof CHOICES>).map((key) => (
        <div class="field" key={key}>
          <label for={pathId(base, `clock.${key}`)}>{t(CHOICE_LABELS[key])}</label>
          <select
            id={pathId(base, `clock.${key}`)}
            data-testid={`policy-${key}`}
            value={clock[key]}
            onChange={(event) => onChange({ [key]: event.currentTarget.value })}
          >
            {CHOICES[key].map(([value, message]) => (
              <option key={value} value={value}>
                {t(message)}
              </option>
            ))}
          </select>
        </div>
      ))}
    </fieldset>
  );
}
