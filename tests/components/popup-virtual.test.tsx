import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import type { RowContext } from '../../components/popup/row-context';
import { TicketList } from '../../components/popup/TicketList';
import { sortRows } from '../../core/views/popup-list';
import { NOW, row } from '../views/popup-fixtures';
import { useLocale } from './options-page';

beforeEach(() => useLocale('en'));

const context: RowContext = {
  now: NOW,
  timeFormat: new Intl.DateTimeFormat('en', { hour: '2-digit', minute: '2-digit' }),
  clockOf: () => null,
  open: () => {},
  acknowledge: () => {},
  snooze: () => {},
  recover: () => {},
};

describe('the popup list with 5,000 tickets', () => {
  it('renders only a window of rows, and the next ones as it scrolls', async () => {
    const rows = sortRows(
      Array.from({ length: 5_000 }, (_, index) => row({ id: String(index + 1), ageMinutes: index % 120 })),
      NOW,
    );
    const root = document.createElement('div');
    document.body.append(root);
    await act(() => render(<TicketList rows={rows} context={context} />, root));
    const rendered = () => [...root.querySelectorAll<HTMLElement>('[data-testid="popup-row"]')];
    expect(rendered().length).toBeGreaterThan(3);
    expect(rendered().length).toBeLessThan(20);
    expect(rendered()[0]?.dataset.key).toBe(rows[0]?.key);
    // The list is as tall as all its rows, so the scrollbar tells how long it is.
    expect(root.querySelector('ul')?.style.height).toBe(`${5_000 * 88}px`);

    const list = root.querySelector<HTMLElement>('[data-testid="popup-list"]') as HTMLElement;
    await act(() => {
      list.scrollTop = 2_500 * 88;
      list.dispatchEvent(new Event('scroll'));
    });
    const keys = rendered().map((element) => element.dataset.key);
    expect(keys).toContain(rows[2_500]?.key);
    expect(keys).not.toContain(rows[0]?.key);
    expect(keys.length).toBeLessThan(20);
    render(null, root);
    root.remove();
  });
});
