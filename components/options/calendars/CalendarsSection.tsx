/**
 * Options › Calendars: the business calendars policies count their targets on. Edits stay a draft
 * until saved; a save replaces the calendars and points the targets of a deleted calendar at round
 * the clock, so no stored policy names a calendar that is gone.
 */
import { useRef, useState } from 'preact/hooks';
import type { Policy } from '../../../core/engine';
import type { Settings } from '../../../core/store/records';
import { t } from '../../shared/i18n';
import { type DraftListContent, DraftListSection, itemEdits } from '../DraftListSection';
import { type ReadyDraft, useSettingsDraft } from '../use-settings-draft';
import '../policies.css';
import { CalendarItem } from './CalendarItem';
import {
  type CalendarDraft,
  calendarToDraft,
  checkCalendar,
  newCalendarDraft,
  storedDefinition,
} from './calendar-draft';

const toDrafts = (settings: Settings): CalendarDraft[] =>
  Object.entries(settings.calendars).map(([id, definition]) => calendarToDraft(id, definition));

function withoutCalendars(policy: Policy, kept: ReadonlySet<string>): Policy {
  const targets = Object.fromEntries(
    Object.entries(policy.targets).map(([metric, target]) => [
      metric,
      target?.calendar && !kept.has(target.calendar) ? { ...target, calendar: null } : target,
    ]),
  );
  return { ...policy, targets };
}

interface Props {
  /** The clock imported recurring holidays are expanded from; tests pass a fixed one. */
  readonly clock?: () => number;
}

export function CalendarsSection({ clock = Date.now }: Props) {
  const { view, reload, edit, discard, save } = useSettingsDraft(toDrafts);
  const [added, setAdded] = useState<ReadonlySet<string>>(new Set());
  const heading = useRef<HTMLHeadingElement>(null);

  const ready = (view: ReadyDraft<CalendarDraft[]>): DraftListContent => {
    const checks = view.draft.map(checkCalendar);
    const problemCount = checks.reduce((sum, check) => sum + (check.ok ? 0 : check.problems.size), 0);
    const usedBy = (id: string) =>
      view.stored.policies
        .filter((policy) => Object.values(policy.targets).some((target) => target?.calendar === id))
        .map((policy) => policy.name);
    const add = () => {
      const id = crypto.randomUUID();
      const zone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
      setAdded((last) => new Set([...last, id]));
      edit((drafts) => [...drafts, newCalendarDraft(id, t('calendarNewName'), zone)]);
    };
    const saveAll = () =>
      save((latest) => {
        const calendars = Object.fromEntries(
          checks.flatMap((check, index) =>
            check.ok ? [[view.draft[index]?.id ?? '', storedDefinition(check.definition)]] : [],
          ),
        );
        const kept = new Set(Object.keys(calendars));
        return {
          ...latest,
          calendars,
          policies: latest.policies.map((policy) => withoutCalendars(policy, kept)),
        };
      });
    return {
      list: (
        <>
          {view.draft.length === 0 ? (
            <p data-testid="calendar-empty">{t('calendarEmpty')}</p>
          ) : (
            <ul class="items" data-testid="calendar-list">
              {view.draft.map((draft, index) => {
                const check = checks[index];
                return (
                  <CalendarItem
                    key={draft.id}
                    draft={draft}
                    problems={check && !check.ok ? check.problems : new Map()}
                    usedBy={usedBy(draft.id)}
                    open={added.has(draft.id)}
                    now={clock()}
                    {...itemEdits(edit, heading, draft.id)}
                  />
                );
              })}
            </ul>
          )}
        </>
      ),
      problemCount,
      onAdd: add,
      onSave: saveAll,
    };
  };

  return (
    <DraftListSection
      id="calendars"
      testId="calendar"
      title={t('calendarHeading')}
      intro={t('calendarIntro')}
      heading={heading}
      view={view}
      loadingText={t('calendarLoading')}
      failedText={(error) => t('calendarLoadFailed', error)}
      onRetry={() => void reload()}
      ready={ready}
      addLabel={t('calendarAdd')}
      onDiscard={discard}
    />
  );
}
