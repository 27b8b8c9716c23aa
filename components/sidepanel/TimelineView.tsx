/** The ticket's timeline: what happened to its clocks and when, oldest first, with the next warning ahead. */
import { instantFormat, type Language, metricName } from '../../core/engine/explain';
import type { TimelineEntry, TimelineKind } from '../../core/panel/timeline-entries';
import { t } from '../shared/i18n';

const SYMBOL: Record<TimelineKind, string> = {
  createdUnknown: '?',
  statusAssumed: '?',
  started: '▶',
  paused: '‖',
  stopped: '■',
  resumed: '▶',
  policyChanged: '⇄',
  met: '✓',
  breached: '✕',
  escalated: '⇑',
  warned: '▲',
  atRiskAhead: '△',
};

function sentence(entry: TimelineEntry): string {
  if (entry.kind === 'warned') return t('panelTimelineWarned');
  if (entry.kind === 'atRiskAhead') return t('panelTimelineAtRiskAhead');
  return entry.text;
}

export function TimelineView(props: {
  entries: readonly TimelineEntry[];
  language: Language;
  timeZone: string;
}) {
  const { entries, language, timeZone } = props;
  const format = instantFormat(language, timeZone);
  const list = new Intl.ListFormat(language, { type: 'conjunction' });
  return (
    <section class="timeline" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{t('panelTimelineHeading')}</h2>
      {entries.length === 0 ? (
        <p>{t('panelTimelineEmpty')}</p>
      ) : (
        <ol class="timeline__list" data-testid="timeline">
          {entries.map((entry) => (
            <li
              key={`${entry.kind}-${entry.at}-${entry.text}`}
              class={`timeline__entry timeline__entry--${entry.kind}`}
              data-kind={entry.kind}
            >
              <span class="timeline__symbol" aria-hidden="true">
                {SYMBOL[entry.kind]}
              </span>
              <div>
                <time class="timeline__when" dateTime={new Date(entry.at).toISOString()}>
                  {format.format(entry.at)}
                </time>
                <p class="timeline__text">{sentence(entry)}</p>
                {entry.calendarTime && (
                  <p class="timeline__detail">{t('panelTimelineCalendarTime', entry.calendarTime)}</p>
                )}
                <p class="timeline__detail">
                  {t('panelTimelineMetrics', list.format(entry.metrics.map((m) => metricName(m, language))))}
                </p>
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
