/** Options › Data: export everything, import a file (validated whole, confirmed, all or nothing), reset. */
import { t } from '../../shared/i18n';
import { ExportData } from './ExportData';
import { ImportData } from './ImportData';
import { ResetData } from './ResetData';

export function DataSection() {
  return (
    <section class="section" id="data" aria-labelledby="data-heading">
      <h2 id="data-heading">{t('dataHeading')}</h2>
      <p>{t('dataIntro')}</p>
      <ExportData />
      <ImportData />
      <ResetData />
    </section>
  );
}
