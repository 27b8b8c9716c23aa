/** Options › Help desks: the connected self-hosted desks and the form that adds one. */
import { useRef, useState } from 'preact/hooks';
import type { Desk } from '../../core/store/records';
import { t } from '../shared/i18n';
import { AddDeskForm } from './AddDeskForm';
import { DeskList } from './DeskList';
import { useDesks } from './use-desks';

type Notice = { readonly kind: 'status' | 'error'; readonly text: string } | null;

export function DesksSection() {
  const { view, reload, add, remove } = useDesks();
  const [notice, setNotice] = useState<Notice>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const removeDesk = async (desk: Desk) => {
    setNotice(null);
    const outcome = await remove(desk);
    if (!outcome.removed) return outcome.error;
    setNotice(
      outcome.releaseError
        ? { kind: 'error', text: outcome.releaseError }
        : { kind: 'status', text: t('optionsRemoved', desk.name) },
    );
    // The focused item is gone: the section's heading is the nearest place that still makes sense.
    heading.current?.focus();
    return null;
  };

  return (
    <section class="section" id="desks" aria-labelledby="desks-heading">
      <h2 id="desks-heading" ref={heading} tabIndex={-1}>
        {t('optionsDesksHeading')}
      </h2>
      <p>{t('optionsDesksIntro')}</p>
      {view.status === 'loading' && <p role="status">{t('optionsDesksLoading')}</p>}
      {view.status === 'failed' && (
        <div class="error-box">
          <p class="error" role="alert" data-testid="desk-error">
            {t('optionsDesksLoadFailed', view.error)}
          </p>
          <button type="button" onClick={() => void reload()}>
            {t('optionsDesksRetry')}
          </button>
        </div>
      )}
      {view.status === 'ready' && (
        <>
          {view.settingsProblem && <p class="warning">{t('optionsSettingsProblem')}</p>}
          {/* The status region stays in the page: screen readers announce changes to a live region they already know. */}
          <p class="status" role="status">
            {notice?.kind === 'status' ? notice.text : null}
          </p>
          {notice?.kind === 'error' && (
            <p class="error" role="alert" data-testid="desk-error">
              {notice.text}
            </p>
          )}
          <h3>{t('optionsDeskListHeading')}</h3>
          <DeskList desks={view.desks} access={view.access} onRemove={removeDesk} />
          <AddDeskForm desks={view.desks} onAdd={add} />
        </>
      )}
    </section>
  );
}
