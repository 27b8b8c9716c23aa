/** Browser notifications and the toolbar badge, worded in the browser's language. */
import { browser } from 'wxt/browser';
import type { Language } from '../../core/engine';
import { alertText } from '../../core/scheduler/alert-text';
import type { AlertToShow } from '../../core/scheduler/alerts';
import type { Badge } from '../../core/scheduler/badge';
import type { TicketRecord } from '../../core/store/records';

const BADGE_COLORS = { red: '#b3261e', amber: '#b86e00' } as const;

export function language(): Language {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('es') ? 'es' : 'en';
}

/** The agent's own zone, for display only: the engine never reads it. */
function displayZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/**
 * What a notification's second button does (the first always acknowledges): a breach's opens the
 * recovery checklist, the moment to start it; a warning's or escalation's snoozes the ticket.
 */
export function secondButton(kind: AlertToShow['kind']): 'snooze' | 'recovery' {
  return kind === 'breach' ? 'recovery' : 'snooze';
}

export async function showAlert(alert: AlertToShow, ticket: TicketRecord | undefined): Promise<void> {
  const { title, message } = alertText(alert, ticket?.title ?? '', language(), displayZone());
  // A repeat must alert again: replacing a notification in place would update it silently.
  if (alert.repeat > 0) await browser.notifications.clear(alert.id);
  await browser.notifications.create(alert.id, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title,
    message,
    priority: alert.kind === 'warning' ? 1 : 2,
    // Firefox shows no buttons; there a click on the notification opens the ticket.
    ...(import.meta.env.BROWSER === 'firefox'
      ? {}
      : {
          requireInteraction: alert.kind !== 'warning',
          buttons: [
            { title: browser.i18n.getMessage('notificationAcknowledge') },
            {
              title: browser.i18n.getMessage(
                secondButton(alert.kind) === 'recovery' ? 'recoveryNotificationButton' : 'notificationSnooze',
              ),
            },
          ],
        }),
  });
}

export async function showBadge(badge: Badge): Promise<void> {
  await browser.action.setBadgeText({ text: badge.text });
  if (badge.color) await browser.action.setBadgeBackgroundColor({ color: BADGE_COLORS[badge.color] });
  const title =
    badge.color === 'red'
      ? browser.i18n.getMessage('badgeBreached', [String(badge.counts.breached)])
      : badge.color === 'amber'
        ? browser.i18n.getMessage('badgeAtRisk', [String(badge.counts.atRisk)])
        : browser.i18n.getMessage('badgeClear');
  await browser.action.setTitle({ title });
}
