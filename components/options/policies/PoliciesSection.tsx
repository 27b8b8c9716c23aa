/**
 * Options › Policies: the SLA policies in precedence order (the first that matches a ticket wins).
 * Edits stay a draft until saved; every valid draft gets a live preview from the engine.
 */
import { useRef, useState } from 'preact/hooks';
import type { Settings } from '../../../core/store/records';
import { t } from '../../shared/i18n';
import { type DraftListContent, DraftListSection, itemEdits } from '../DraftListSection';
import { type ReadyDraft, useSettingsDraft } from '../use-settings-draft';
import '../policies.css';
import { PolicyItem } from './PolicyItem';
import { checkPolicy, newPolicyDraft, type PolicyDraft, policyToDraft } from './policy-draft';

const toDrafts = (settings: Settings): PolicyDraft[] => settings.policies.map(policyToDraft);

interface Props {
  /** The clock the previews start from; tests pass a fixed one. */
  readonly clock?: () => number;
  /** The zone previews write deadlines in; the browser's by default. */
  readonly timeZone?: string;
}

export function PoliciesSection({ clock = Date.now, timeZone }: Props) {
  const { view, reload, edit, discard, save } = useSettingsDraft(toDrafts);
  const [added, setAdded] = useState<ReadonlySet<string>>(new Set());
  const heading = useRef<HTMLHeadingElement>(null);
  const zone = timeZone ?? (Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');

  const ready = (view: ReadyDraft<PolicyDraft[]>): DraftListContent => {
    const calendarIds = new Set(Object.keys(view.stored.calendars));
    const checks = view.draft.map((draft) => checkPolicy(draft, calendarIds));
    const valid = checks.flatMap((check) => (check.ok ? [check.policy] : []));
    const problemCount = checks.reduce((sum, check) => sum + (check.ok ? 0 : check.problems.size), 0);
    const now = clock();
    const add = () => {
      const id = crypto.randomUUID();
      setAdded((last) => new Set([...last, id]));
      edit((drafts) => [...drafts, newPolicyDraft(id, t('policyNewName'))]);
    };
    const move = (id: string, by: -1 | 1) =>
      edit((drafts) => {
        const from = drafts.findIndex((draft) => draft.id === id);
        const to = from + by;
        const moving = drafts[from];
        if (!moving || to < 0 || to >= drafts.length) return drafts;
        const rest = drafts.filter((draft) => draft.id !== id);
        return [...rest.slice(0, to), moving, ...rest.slice(to)];
      });
    const saveAll = () =>
      save((latest) => ({
        ...latest,
        policies: checks.flatMap((check) => (check.ok ? [check.policy] : [])),
      }));
    return {
      list: (
        <>
          {view.draft.length === 0 ? (
            <p data-testid="policy-empty">{t('policyEmpty')}</p>
          ) : (
            <ol class="items" data-testid="policy-list">
              {view.draft.map((draft, index) => {
                const check = checks[index];
                return (
                  <PolicyItem
                    key={draft.id}
                    draft={draft}
                    index={index}
                    count={view.draft.length}
                    problems={check && !check.ok ? check.problems : new Map()}
                    policy={check?.ok ? check.policy : null}
                    policies={valid}
                    calendars={view.stored.calendars}
                    open={added.has(draft.id)}
                    now={now}
                    timeZone={zone}
                    {...itemEdits(edit, heading, draft.id)}
                    onMove={(by) => move(draft.id, by)}
                  />
                );
              })}
            </ol>
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
      id="policies"
      testId="policy"
      title={t('policyHeading')}
      intro={t('policyIntro')}
      heading={heading}
      view={view}
      loadingText={t('policyLoading')}
      failedText={(error) => t('policyLoadFailed', error)}
      onRetry={() => void reload()}
      ready={ready}
      addLabel={t('policyAdd')}
      onDiscard={discard}
    />
  );
}
