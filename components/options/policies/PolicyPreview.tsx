/**
 * "First response: a High ticket created now would be due Tue, 1 Dec, 11:00 (in 6 h of business
 * time)", computed by the engine from the draft as it is typed, in the user's language and zone.
 */
import { useState } from 'preact/hooks';
import type { CalendarDefinition, Policy } from '../../../core/engine';
import { formatDuration, instantFormat } from '../../../core/engine/explain';
import { t } from '../../shared/i18n';
import { uiLanguage } from '../ui-language';
import { METRIC_MESSAGES } from './policy-draft';
import { previewPolicy } from './preview';

interface Props {
  readonly base: string;
  /** The policy as drafted, or null while it has problems. */
  readonly policy: Policy | null;
  /** Every valid drafted policy in precedence order. */
  readonly policies: readonly Policy[];
  readonly calendars: Readonly<Record<string, CalendarDefinition>>;
  readonly now: number;
  /** The user's zone: deadlines are written as their clock shows them. */
  readonly timeZone: string;
}

export function PolicyPreview({ base, policy, policies, calendars, now, timeZone }: Props) {
  const [priority, setPriority] = useState<string | null>(null);
  const sample = priority ?? policy?.match.priorities[0] ?? '';
  const id = `${base}-preview-priority`;

  const lines = () => {
    if (!policy) return [<li key="invalid">{t('policyPreviewInvalid')}</li>];
    const preview = previewPolicy(policy, policies, calendars, sample.trim(), now);
    if (preview.kind === 'failed') return [<li key="failed">{t('policyPreviewFailed', preview.error)}</li>];
    if (preview.kind === 'none') return [<li key="none">{t('policyPreviewNoMatch')}</li>];
    if (preview.kind === 'shadowed')
      return [<li key="shadowed">{t('policyPreviewShadowed', preview.by)}</li>];
    if (preview.lines.length === 0) return [<li key="empty">{t('policyPreviewNoTargets')}</li>];
    const format = instantFormat(uiLanguage(), timeZone);
    return preview.lines.map((line) => {
      const left = line.roundTheClock
        ? t('policyPreviewInCalendarTime', formatDuration(line.remainingMs))
        : t('policyPreviewInBusinessTime', formatDuration(line.remainingMs));
      const metric = t(METRIC_MESSAGES[line.metric]);
      const when = format.format(line.deadline);
      return (
        <li key={line.metric}>
          {sample.trim()
            ? t('policyPreviewDue', metric, sample.trim(), when, left)
            : t('policyPreviewDueAny', metric, when, left)}
        </li>
      );
    });
  };

  return (
    <div class="preview" data-testid="policy-preview">
      <p class="label">{t('policyPreviewHeading')}</p>
      <div class="field">
        <label for={id}>{t('policyPreviewPriority')}</label>
        <input
          id={id}
          type="text"
          data-testid="policy-preview-priority"
          value={sample}
          onInput={(event) => setPriority(event.currentTarget.value)}
        />
      </div>
      <ul aria-live="polite" data-testid="policy-preview-lines">
        {lines()}
      </ul>
      <p class="hint">{t('policyPreviewZone', timeZone)}</p>
    </div>
  );
}
