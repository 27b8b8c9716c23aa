/**
 * The options page: a heading, a list of its sections to jump to (a long page, read by keyboard
 * too), and one section per area of settings: help desks, policies, calendars, notifications, data.
 */

import { type MessageKey, t } from '../shared/i18n';
import { CalendarsSection } from './calendars/CalendarsSection';
import { DesksSection } from './DesksSection';
import { DataSection } from './data/DataSection';
import { NotificationsSection } from './notifications/NotificationsSection';
import { PoliciesSection } from './policies/PoliciesSection';

/** Each section's id (its anchor) and heading, in page order. */
const SECTIONS: readonly (readonly [id: string, heading: MessageKey])[] = [
  ['desks', 'optionsDesksHeading'],
  ['policies', 'policyHeading'],
  ['calendars', 'calendarHeading'],
  ['notifications', 'notifyHeading'],
  ['data', 'dataHeading'],
];

export function OptionsApp() {
  return (
    <div class="page">
      <header>
        <h1>{t('optionsTitle')}</h1>
        <nav aria-label={t('optionsSectionsLabel')} class="sections-nav" data-testid="options-nav">
          <ul>
            {SECTIONS.map(([id, heading]) => (
              <li key={id}>
                <a href={`#${id}`}>{t(heading)}</a>
              </li>
            ))}
          </ul>
        </nav>
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
