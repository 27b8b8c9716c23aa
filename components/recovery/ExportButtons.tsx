/** Markdown (the postmortem) and JSON downloads of the incident as it is stored now. */
import { useState } from 'preact/hooks';
import { exportFileName, type Incident, incidentJson, incidentMarkdown } from '../../core/recovery';
import { downloadText } from '../shared/download';
import { t } from '../shared/i18n';
import { useScopedId } from './id-scope';
import { displayZone, uiLanguage } from './words';

export function ExportButtons({ incident }: { readonly incident: Incident }) {
  const headingId = useScopedId()('export-heading');
  const [saved, setSaved] = useState<string | null>(null);
  const markdown = () => {
    const name = exportFileName(incident, 'md');
    downloadText(
      incidentMarkdown(incident, { language: uiLanguage(), timeZone: displayZone() }),
      name,
      'text/markdown;charset=utf-8',
    );
    setSaved(name);
  };
  const json = () => {
    const name = exportFileName(incident, 'json');
    downloadText(incidentJson(incident, Date.now()), name);
    setSaved(name);
  };
  return (
    <section class="recovery-export" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('recoveryExportHeading')}</h3>
      <p class="recovery-hint">{t('recoveryExportNote')}</p>
      <div class="recovery-row">
        <button type="button" onClick={markdown} data-testid="recovery-export-markdown">
          {t('recoveryExportMarkdown')}
        </button>
        <button type="button" onClick={json} data-testid="recovery-export-json">
          {t('recoveryExportJson')}
        </button>
      </div>
      <p role="status" class="recovery-status">
        {saved && t('recoveryExported', saved)}
      </p>
    </section>
  );
}
