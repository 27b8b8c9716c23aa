/** Options › Notifications in Spanish: labels, hints and problems come from the Spanish locale. */
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { NotificationsSection } from '../../components/options/notifications/NotificationsSection';
import { DEFAULT_SETTINGS } from '../../core/store/records';
import { type DataBackground, openSection, type SectionPage, startDataBackground } from './data-page';
import { useLocale } from './options-page';

let background: DataBackground;
let page: SectionPage;

beforeEach(() => indexedDB.deleteDatabase('plazo'));
afterEach(() => {
  page.close();
  background.close();
  vi.restoreAllMocks();
});

it('speaks Spanish, problems included', async () => {
  useLocale('es');
  background = await startDataBackground(DEFAULT_SETTINGS);
  page = await openSection(<NotificationsSection />);
  await page.until(() => page.byTestId('notify-form'));
  const text = page.root.textContent ?? '';
  for (const words of ['Notificaciones', 'Mostrar notificaciones', 'Avisarme de', 'Horas de silencio'])
    expect(text).toContain(words);
  expect(page.root.querySelector('label[for="notify-repeat"]')?.textContent).toBe(
    'Repetir las alertas de incumplimiento cada (minutos)',
  );
  await page.type('notify-repeat', 'media hora');
  await page.click(page.byTestId('notify-save'));
  expect(page.byTestId('notify-repeat-error').textContent).toBe(
    'Escribe un número entero de minutos entre 0 y 1440.',
  );
  expect(page.byTestId('notify-save').textContent).toBe('Guardar notificaciones');
});
