/** Data › Export: the whole store as one versioned JSON file, downloaded from this page. */
import dayjs from 'dayjs';
import { useState } from 'preact/hooks';
import { exportFileName, MAX_IMPORT_BYTES } from '../../../core/store/export-format';
import { downloadText } from '../../shared/download';
import { errorText, t } from '../../shared/i18n';
import { readExportFile } from './data-client';
import { megabytes } from './megabytes';

type Outcome =
  | {
      readonly kind: 'done';
      readonly tickets: number;
      readonly incidents: number;
      readonly skipped: number;
      readonly bytes: number;
    }
  | { readonly kind: 'failed'; readonly error: string }
  | null;

export function ExportData() {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);

  const exportAll = async () => {
    if (busy) return;
    setBusy(true);
    setOutcome(null);
    try {
      const now = Date.now();
      const { file, problems } = await readExportFile(now);
      const text = JSON.stringify(file, null, 2);
      downloadText(text, exportFileName(dayjs(now).format('YYYY-MM-DD')));
      setOutcome({
        kind: 'done',
        tickets: file.tickets.length,
        incidents: file.incidents.length,
        skipped: problems.length,
        bytes: new Blob([text]).size,
      });
    } catch (error) {
      setOutcome({ kind: 'failed', error: errorText(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="data-part">
      <h3>{t('dataExportHeading')}</h3>
      <p class="hint" id="data-export-hint">
        {t('dataExportHint')}
      </p>
      <button
        type="button"
        onClick={() => void exportAll()}
        aria-describedby="data-export-hint"
        aria-busy={busy ? 'true' : undefined}
        data-testid="data-export"
      >
        {t('dataExportButton')}
      </button>
      <p class="status" role="status" data-testid="data-export-status">
        {outcome?.kind === 'done'
          ? t('dataExported', String(outcome.tickets), String(outcome.incidents))
          : null}
      </p>
      {outcome?.kind === 'done' && outcome.skipped > 0 && (
        <p class="warning">{t('dataExportSkipped', String(outcome.skipped))}</p>
      )}
      {outcome?.kind === 'done' && outcome.bytes > MAX_IMPORT_BYTES && (
        <p class="warning">
          {t('dataExportTooLarge', megabytes(outcome.bytes), megabytes(MAX_IMPORT_BYTES))}
        </p>
      )}
      {outcome?.kind === 'failed' && (
        <p class="error" role="alert">
          {t('dataExportFailed', outcome.error)}
        </p>
      )}
    </div>
  );
}
