/**
 * The options page: a heading and one section per area of settings. Help desks come first; policies,
 * calendars, notifications and data join as their own sections.
 */
import { DesksSection } from './DesksSection';
import { t } from './i18n';

export function OptionsApp() {
  return (
    <div class="page">
      <header>
        <h1>{t('optionsTitle')}</h1>
      </header>
      <main>
        <DesksSection />
      </main>
    </div>
  );
}
