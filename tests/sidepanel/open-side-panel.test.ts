import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openSidePanel } from '../../components/shared/open-side-panel';

const target = { ticket: 'https://rt.example.com|7', metric: 'resolution', recover: true } as const;
const PATH = 'sidepanel.html?ticket=https%3A%2F%2Frt.example.com%7C7&metric=resolution&recover=1';
const withPanel = fakeBrowser as unknown as { sidePanel?: unknown };

afterEach(() => {
  delete withPanel.sidePanel;
  vi.restoreAllMocks();
});

describe('openSidePanel', () => {
  it("points the window's panel at the ticket and opens it, both in the click's turn", async () => {
    const calls: string[] = [];
    withPanel.sidePanel = {
      setOptions: vi.fn(async (options: unknown) => calls.push(`set ${JSON.stringify(options)}`)),
      open: vi.fn(async (options: unknown) => calls.push(`open ${JSON.stringify(options)}`)),
    };
    vi.spyOn(fakeBrowser.windows, 'getCurrent').mockResolvedValue({ id: 3 } as never);
    await openSidePanel(target);
    expect(calls).toEqual([`set {"path":"${PATH}","enabled":true}`, 'open {"windowId":3}']);
  });

  it('opens the page in a tab where there is no side panel (Firefox)', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await openSidePanel(target);
    expect(create).toHaveBeenCalledWith({ url: `chrome-extension://${fakeBrowser.runtime.id}/${PATH}` });
  });
});
