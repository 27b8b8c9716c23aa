/**
 * The options page: a heading and one section per area of settings. Help desks come first; policies,
 * calendars, notifications and data join as their own sections.
 */

import { t } from '../shared/i18n';
import { CalendarsSection } from './calendars/CalendarsSection';
import { DesksSection } from './DesksSection';
import { DataSection } from './data/DataSection';
import { NotificationsSection } from './notifications/NotificationsSection';
import { PoliciesSection } from './policies/PoliciesSection';

export function OptionsApp() {
  return (
    <div class="page">
      <header>
        <h1>{t('optionsTitle')}</h1>
      </header>
      <main>
        <DesksSection />
        <PoliciesSection />
        <CalendarsSection />
        <NotificationsSection />
        <DataSection />
      </main>
    </div>
  );
}
