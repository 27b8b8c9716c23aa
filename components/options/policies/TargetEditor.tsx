/** One metric's target: how long, on which calendar, when to warn before and escalate after. */
import type { Metric } from '../../../core/engine';
import { t } from '../../shared/i18n';
import type { Problems } from '../calendars/calendar-draft';
import { FieldError, invalid, pathId } from '../field-problems';
import { METRIC_MESSAGES, type TargetDraft, type WarningDraft } from './policy-draft';

interface Props {
  readonly base: string;
  readonly metric: Metric;
  readonly target: TargetDraft;
  /** The stored calendars a target may count on, by id. */
  readonly calendars: ReadonlyArray<{ readonly id: string; readonly name: string }>;
  readonly problems: Problems;
  readonly onChange: (target: TargetDraft) => void;
}

export function TargetEditor({ base, metric, target, calendars, problems, onChange }: Props) {
  const path = `targets.${metric}`;
  const metricName = t(METRIC_MESSAGES[metric]);
  const set = (change: Partial<TargetDraft>) => onChange({ ...target, ...change });
  const durationHint = `${pathId(base, path)}-duration-hint`;
  const calendarKnown =
    target.calendar === '' || calendars.some((calendar) => calendar.id === target.calendar);
  return (
    <fieldset class="target" data-testid={`policy-target-${metric}`}>
      <legend>{metricName}</legend>
      <label class="checkbox">
        <input
          type="checkbox"
          data-testid={`policy-${metric}-enabled`}
          checked={target.enabled}
          onChange={(event) => set({ enabled: event.currentTarget.checked })}
        />{' '}
        {t('policyTargetEnabled', metricName)}
      </label>
      {target.enabled && (
        <>
          <div class="inline">
            <label>
              {t('policyHours')}
              <input
                type="text"
                inputMode="numeric"
                size={4}
                data-testid={`policy-${metric}-hours`}
                value={target.hours}
                {...invalid(base, `${path}.minutes`, problems, durationHint)}
                onInput={(event) => set({ hours: event.currentTarget.value })}
              />
            </label>
            <label>
              {t('policyMinutes')}
              <input
                type="text"
                inputMode="numeric"
                size={3}
                data-testid={`policy-${metric}-minutes`}
                value={target.minutes}
                {...invalid(base, `${path}.minutes`, problems, durationHint)}
                onInput={(event) => set({ minutes: event.currentTarget.value })}
              />
            </label>
            <label>
              {t('policyCalendarLabel')}
              <select
                data-testid={`policy-${metric}-calendar`}
                value={target.calendar}
                {...invalid(base, `${path}.calendar`, problems)}
                onChange={(event) => set({ calendar: event.currentTarget.value })}
              >
                <option value="">{t('policyCalendarNone')}</option>
                {calendars.map((calendar) => (
                  <option key={calendar.id} value={calendar.id}>
                    {calendar.name}
                  </option>
                ))}
                {!calendarKnown && <option value={target.calendar}>{t('policyCalendarMissing')}</option>}
              </select>
            </label>
          </div>
          <p class="hint" id={durationHint}>
            {t('policyDurationHint')}
          </p>
          <FieldError base={base} path={`${path}.minutes`} problems={problems} />
          <FieldError base={base} path={`${path}.calendar`} problems={problems} />
          <Warnings
            base={base}
            metric={metric}
            path={path}
            metricName={metricName}
            target={target}
            problems={problems}
            set={set}
          />
          <Escalations
            base={base}
            metric={metric}
            path={path}
            metricName={metricName}
            target={target}
            problems={problems}
            set={set}
          />
        </>
      )}
    </fieldset>
  );
}

interface ListProps {
  readonly base: string;
  readonly metric: Metric;
  readonly path: string;
  readonly metricName: string;
  readonly target: TargetDraft;
  readonly problems: Problems;
  readonly set: (change: Partial<TargetDraft>) => void;
}

function Warnings({ base, metric, path, metricName, target, problems, set }: ListProps) {
  const change = (index: number, warning: Partial<WarningDraft>) =>
    set({ warnings: target.warnings.map((each, at) => (at === index ? { ...each, ...warning } : each)) });
  return (
    <div class="steps">
      <p class="label">{t('policyWarningsHeading')}</p>
      <ol>
        {target.warnings.map((warning, index) => {
          const at = `${path}.warnings[${index}]`;
          const position = String(index + 1);
          return (
            <li key={index} class="inline">
              <input
                type="text"
                inputMode="decimal"
                size={5}
                data-testid="policy-warning-value"
                aria-label={t('policyWarningValueOf', metricName, position)}
                value={warning.value}
                {...invalid(base, at, problems)}
                onInput={(event) => change(index, { value: event.currentTarget.value })}
              />
              <select
                data-testid="policy-warning-kind"
                aria-label={t('policyWarningKindOf', metricName, position)}
                value={warning.kind}
                onChange={(event) =>
                  change(index, {
                    kind: event.currentTarget.value === 'percent' ? 'percent' : 'minutesBefore',
                  })
                }
              >
                <option value="percent">{t('policyWarningPercent')}</option>
                <option value="minutesBefore">{t('policyWarningMinutesBefore')}</option>
              </select>
              <button
                type="button"
                aria-label={t('policyRemoveWarningOf', metricName, position)}
                onClick={() => set({ warnings: target.warnings.filter((_, at) => at !== index) })}
              >
                {t('policyRemove')}
              </button>
              <FieldError base={base} path={at} problems={problems} />
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        data-testid={`policy-${metric}-warning-add`}
        aria-label={t('policyAddWarningTo', metricName)}
        onClick={() => set({ warnings: [...target.warnings, { kind: 'percent', value: '75' }] })}
      >
        {t('policyAddWarning')}
      </button>
    </div>
  );
}

function Escalations({ base, metric, path, metricName, target, problems, set }: ListProps) {
  const change = (index: number, step: Partial<TargetDraft['escalations'][number]>) =>
    set({ escalations: target.escalations.map((each, at) => (at === index ? { ...each, ...step } : each)) });
  return (
    <div class="steps">
      <p class="label">{t('policyEscalationsHeading')}</p>
      <ol>
        {target.escalations.map((step, index) => {
          const at = `${path}.escalations[${index}]`;
          const position = String(index + 1);
          return (
            <li key={index} class="inline">
              <input
                type="text"
                inputMode="numeric"
                size={5}
                data-testid="policy-escalation-minutes"
                aria-label={t('policyEscalationMinutesOf', metricName, position)}
                value={step.minutesAfter}
                {...invalid(base, `${at}.minutesAfter`, problems)}
                onInput={(event) => change(index, { minutesAfter: event.currentTarget.value })}
              />
              <input
                type="text"
                maxLength={200}
                data-testid="policy-escalation-name"
                aria-label={t('policyEscalationNameOf', metricName, position)}
                placeholder={t('policyEscalationNamePlaceholder')}
                value={step.name}
                {...invalid(base, `${at}.name`, problems)}
                onInput={(event) => change(index, { name: event.currentTarget.value })}
              />
              <button
                type="button"
                aria-label={t('policyRemoveEscalationOf', metricName, position)}
                onClick={() => set({ escalations: target.escalations.filter((_, at) => at !== index) })}
              >
                {t('policyRemove')}
              </button>
              <FieldError base={base} path={`${at}.minutesAfter`} problems={problems} />
              <FieldError base={base} path={`${at}.name`} problems={problems} />
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        data-testid={`policy-${metric}-escalation-add`}
        aria-label={t('policyAddEscalationTo', metricName)}
        onClick={() => set({ escalations: [...target.escalations, { minutesAfter: '30', name: '' }] })}
      >
        {t('policyAddEscalation')}
      </button>
    </div>
  );
}
