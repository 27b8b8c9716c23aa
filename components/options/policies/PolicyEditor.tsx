/** One policy's fields: name, which tickets, the targets per metric, the clock rules, and the preview. */

import type { CalendarDefinition, Policy } from '../../../core/engine';
import { METRICS } from '../../../core/engine/policy';
import { t } from '../../shared/i18n';
import type { Problems } from '../calendars/calendar-draft';
import { NameField } from '../NameField';
import { ClockFields } from './ClockFields';
import { MatchFields } from './MatchFields';
import { PolicyPreview } from './PolicyPreview';
import type { PolicyDraft } from './policy-draft';
import { TargetEditor } from './TargetEditor';

interface Props {
  readonly draft: PolicyDraft;
  readonly problems: Problems;
  /** The drafted policy once valid (for the preview), else null. */
  readonly policy: Policy | null;
  readonly policies: readonly Policy[];
  readonly calendars: Readonly<Record<string, CalendarDefinition>>;
  readonly now: number;
  readonly timeZone: string;
  readonly onChange: (change: (draft: PolicyDraft) => PolicyDraft) => void;
}

export function PolicyEditor(props: Props) {
  const { draft, problems, onChange } = props;
  const base = `policy-${draft.id}`;
  const calendarChoices = Object.entries(props.calendars).map(([id, calendar]) => ({
    id,
    name: calendar.name ?? calendar.timeZone,
  }));
  return (
    <div class="editor">
      <NameField
        base={base}
        label={t('policyNameLabel')}
        testId="policy-name"
        value={draft.name}
        problems={problems}
        onChange={(name) => onChange((last) => ({ ...last, name }))}
      />
      <MatchFields
        base={base}
        match={draft.match}
        onChange={(key, value) => onChange((last) => ({ ...last, match: { ...last.match, [key]: value } }))}
      />
      <fieldset class="targets">
        <legend>{t('policyTargetsHeading')}</legend>
        {METRICS.map((metric) => (
          <TargetEditor
            key={metric}
            base={base}
            metric={metric}
            target={draft.targets[metric]}
            calendars={calendarChoices}
            problems={problems}
            onChange={(target) =>
              onChange((last) => ({ ...last, targets: { ...last.targets, [metric]: target } }))
            }
          />
        ))}
      </fieldset>
      <ClockFields
        base={base}
        clock={draft.clock}
        onChange={(change) => onChange((last) => ({ ...last, clock: { ...last.clock, ...change } }))}
      />
      <PolicyPreview
        base={base}
        policy={props.policy}
        policies={props.policies}
        calendars={props.calendars}
        now={props.now}
        timeZone={props.timeZone}
      />
    </div>
  );
}
