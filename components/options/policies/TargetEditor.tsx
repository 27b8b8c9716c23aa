/** One metric's target: how long, on which calendar, when to warn before and escalate after. */
import type { Metric } from '../../../core/engine';
import { t } from '../../shared/i18n';
import type { Problems } from '../calendars/calendar-draft';
import { FieldError, invalid, pathId } from '../field-problems';
import { METRIC_MESSAGES, type TargetDraft, type WarningDraft } from './policy-draft';
import { StepList } from './StepList';

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
  const at = (index: number) => `${path}.warnings[${index}]`;
  return (
    <StepList<WarningDraft>
      heading={t('policyWarningsHeading')}
      items={target.warnings}
      onChange={(warnings) => set({ warnings })}
      fresh={{ kind: 'percent', value: '75' }}
      add={{
        label: t('policyAddWarning'),
        name: t('policyAddWarningTo', metricName),
        testId: `policy-${metric}-warning-add`,
      }}
      removeName={(position) => t('policyRemoveWarningOf', metricName, position)}
      fields={(warning, { index, position }, change) => (
        <>
          <input
            type="text"
            inputMode="decimal"
            size={5}
            data-testid="policy-warning-value"
            aria-label={t('policyWarningValueOf', metricName, position)}
            value={warning.value}
            {...invalid(base, at(index), problems)}
            onInput={(event) => change({ value: event.currentTarget.value })}
          />
          <select
            data-testid="policy-warning-kind"
            aria-label={t('policyWarningKindOf', metricName, position)}
            value={warning.kind}
            onChange={(event) =>
              change({ kind: event.currentTarget.value === 'percent' ? 'percent' : 'minutesBefore' })
            }
          >
            <option value="percent">{t('policyWarningPercent')}</option>
            <option value="minutesBefore">{t('policyWarningMinutesBefore')}</option>
          </select>
        </>
      )}
      errors={(index) => <FieldError base={base} path={at(index)} problems={problems} />}
    />
  );
}

type EscalationDraft = TargetDraft['escalations'][number];

function Escalations({ base, metric, path, metricName, target, problems, set }: ListProps) {
  const at = (index: number, field: keyof EscalationDraft) => `${path}.escalations[${index}].${field}`;
  return (
    <StepList<EscalationDraft>
      heading={t('policyEscalationsHeading')}
      items={target.escalations}
      onChange={(escalations) => set({ escalations })}
      fresh={{ minutesAfter: '30', name: '' }}
      add={{
        label: t('policyAddEscalation'),
        name: t('policyAddEscalationTo', metricName),
        testId: `policy-${metric}-escalation-add`,
      }}
      removeName={(position) => t('policyRemoveEscalationOf', metricName, position)}
      fields={(step, { index, position }, change) => (
        <>
          <input
            type="text"
            inputMode="numeric"
            size={5}
            data-testid="policy-escalation-minutes"
            aria-label={t('policyEscalationMinutesOf', metricName, position)}
            value={step.minutesAfter}
            {...invalid(base, at(index, 'minutesAfter'), problems)}
            onInput={(event) => change({ minutesAfter: event.currentTarget.value })}
          />
          <input
            type="text"
            maxLength={200}
            data-testid="policy-escalation-name"
            aria-label={t('policyEscalationNameOf', metricName, position)}
            placeholder={t('policyEscalationNamePlaceholder')}
            value={step.name}
            {...invalid(base, at(index, 'name'), problems)}
            onInput={(event) => change({ name: event.currentTarget.value })}
          />
        </>
      )}
      errors={(index) => (
        <>
          <FieldError base={base} path={at(index, 'minutesAfter')} problems={problems} />
          <FieldError base={base} path={at(index, 'name')} problems={problems} />
        </>
      )}
    />
  );
}
