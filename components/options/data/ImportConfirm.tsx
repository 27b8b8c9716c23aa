/** The question before an import: what the file holds (it replaces everything), confirm or cancel. */
import type { Ref } from 'preact';
import { browser } from 'wxt/browser';
import type { ExportCounts } from '../../../core/store/export-format';
import { t } from '../../shared/i18n';

interface Props {
  readonly headingRef: Ref<HTMLHeadingElement>;
  readonly fileName: string;
  /** ISO 8601, as the file says. */
  readonly exportedAt: string;
  readonly counts: ExportCounts;
  readonly busy: boolean;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

function when(iso: string): string {
  return new Intl.DateTimeFormat(browser.i18n.getUILanguage(), {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(iso));
}

export function ImportConfirm({
  headingRef,
  fileName,
  exportedAt,
  counts,
  busy,
  onConfirm,
  onCancel,
}: Props) {
  return (
    <div class="data-confirm" data-testid="data-import-confirm">
      <h4 id="data-import-confirm-heading" ref={headingRef} tabIndex={-1}>
        {t('dataImportConfirmHeading')}
      </h4>
      <p data-testid="data-import-summary">
        {t(
          'dataImportWillReplace',
          fileName,
          when(exportedAt),
          String(counts.desks),
          String(counts.policies),
          String(counts.calendars),
          String(counts.tickets),
          String(counts.incidents),
        )}
      </p>
      <button
        type="button"
        class="danger"
        onClick={onConfirm}
        disabled={busy}
        aria-busy={busy ? 'true' : undefined}
        data-testid="data-import-apply"
      >
        {t('dataImportConfirm')}
      </button>{' '}
      <button type="button" onClick={onCancel} disabled={busy} data-testid="data-import-cancel">
        {t('dataCancel')}
      </button>
    </div>
  );
}
