/**
 * The frame of an options section that edits a list as a draft (calendars, policies): heading (the
 * place focus returns to when the focused item is deleted), intro, the loading and failed states,
 * then the section's own list, its Add button and the save bar.
 */
import type { ComponentChildren, RefObject } from 'preact';
import { t } from '../shared/i18n';
import { SaveBar } from './SaveBar';
import type { DraftView, ReadyDraft } from './use-settings-draft';

/** What a ready section shows and does: its list (or empty state), its Add, its save. */
export interface DraftListContent {
  readonly list: ComponentChildren;
  readonly problemCount: number;
  readonly onAdd: () => void;
  readonly onSave: () => Promise<string | null>;
}

/**
 * Change and Delete for the item `id` of a list of drafts. A deleted item took the focus with it:
 * the section's heading is the nearest place that still makes sense.
 */
export function itemEdits<I extends { readonly id: string }>(
  edit: (change: (items: I[]) => I[]) => void,
  heading: RefObject<HTMLHeadingElement | null>,
  id: string,
) {
  return {
    onChange: (change: (item: I) => I) =>
      edit((items) => items.map((each) => (each.id === id ? change(each) : each))),
    onDelete: () => {
      edit((items) => items.filter((each) => each.id !== id));
      heading.current?.focus();
    },
  };
}

interface Props<D> {
  /** The section's id; also the prefix of its test ids ("calendar" → calendar-add, calendar-save…). */
  readonly id: string;
  readonly testId: string;
  readonly title: string;
  readonly intro: string;
  readonly heading: RefObject<HTMLHeadingElement | null>;
  readonly view: DraftView<D>;
  readonly loadingText: string;
  readonly failedText: (error: string) => string;
  readonly onRetry: () => void;
  readonly ready: (view: ReadyDraft<D>) => DraftListContent;
  readonly addLabel: string;
  readonly onDiscard: () => void;
}

export function DraftListSection<D>(props: Props<D>) {
  const { view } = props;
  const body = () => {
    if (view.status === 'loading') return <p role="status">{props.loadingText}</p>;
    if (view.status === 'failed')
      return (
        <div class="error-box">
          <p class="error" role="alert">
            {props.failedText(view.error)}
          </p>
          <button type="button" onClick={props.onRetry}>
            {t('optionsDesksRetry')}
          </button>
        </div>
      );
    const content = props.ready(view);
    return (
      <>
        {view.settingsProblem && <p class="warning">{t('optionsSettingsProblem')}</p>}
        {content.list}
        <div class="actions">
          <button type="button" data-testid={`${props.testId}-add`} onClick={content.onAdd}>
            {props.addLabel}
          </button>
        </div>
        <SaveBar
          testId={props.testId}
          dirty={view.dirty}
          problemCount={content.problemCount}
          onSave={content.onSave}
          onDiscard={props.onDiscard}
        />
      </>
    );
  };
  return (
    <section class="section" id={props.id} aria-labelledby={`${props.id}-heading`}>
      <h2 id={`${props.id}-heading`} ref={props.heading} tabIndex={-1}>
        {props.title}
      </h2>
      <p>{props.intro}</p>
      {body()}
    </section>
  );
}
