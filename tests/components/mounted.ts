/**
 * A view rendered into the test document, with what tests do to it as a user would: find by test id,
 * type, pick, tick, choose a file, click, and wait until an expectation holds while the view's
 * promises and renders run. Each page's helper (popup-page, sidepanel-page…) mounts through this.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { vi } from 'vitest';

/** A test id, or the element itself. */
type Target = string | HTMLElement;
type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

export interface Mounted {
  readonly root: HTMLElement;
  /** The one element with this test id (throws if there are none or several). */
  byTestId<T extends HTMLElement = HTMLElement>(id: string, within?: ParentNode): T;
  allByTestId<T extends HTMLElement = HTMLElement>(id: string, within?: ParentNode): T[];
  has(id: string): boolean;
  text(): string;
  /** Sets a field's value as typing would (a select's as picking would); `focus` first when asked. */
  type(target: Target, text: string, options?: { readonly focus?: boolean }): Promise<void>;
  select(target: Target, value: string): Promise<void>;
  check(target: Target, checked: boolean): Promise<void>;
  choose(target: Target, file: File): Promise<void>;
  click(target: Target): Promise<void>;
  /** Waits until `check` stops throwing, letting the view's promises and renders run. */
  until(check: () => unknown, timeout?: number): Promise<void>;
  close(): void;
}

/** Mounts whatever `start` renders into a fresh element of the document. */
export async function mounted(start: (root: HTMLElement) => unknown): Promise<Mounted> {
  const root = document.createElement('div');
  document.body.append(root);
  await act(async () => {
    await start(root);
  });
  const element = <T extends HTMLElement = Field>(target: Target) =>
    (typeof target === 'string' ? view.byTestId(target) : target) as T;
  const view: Mounted = {
    root,
    byTestId<T extends HTMLElement>(id: string, within: ParentNode = root) {
      const found = view.allByTestId<T>(id, within);
      if (found.length !== 1) throw new Error(`${found.length} elements with data-testid="${id}"`);
      return found[0] as T;
    },
    allByTestId: <T extends HTMLElement>(id: string, within: ParentNode = root) => [
      ...within.querySelectorAll<T>(`[data-testid="${id}"]`),
    ],
    has: (id) => root.querySelector(`[data-testid="${id}"]`) !== null,
    text: () => root.textContent ?? '',
    async type(target, text, options = {}) {
      const field = element(target);
      await act(() => {
        if (options.focus) field.focus();
        field.value = text;
        field.dispatchEvent(
          new Event(field instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }),
        );
      });
    },
    async select(target, value) {
      const field = element(target);
      await act(() => {
        field.value = value;
        field.dispatchEvent(new Event('change', { bubbles: true }));
      });
    },
    async check(target, checked) {
      const box = element<HTMLInputElement>(target);
      if (box.checked !== checked) await act(() => box.click());
    },
    async choose(target, file) {
      const input = element<HTMLInputElement>(target);
      await act(() => {
        Object.defineProperty(input, 'files', { configurable: true, value: [file] });
        input.dispatchEvent(new Event('change', { bubbles: true }));
      });
    },
    async click(target) {
      const clicked = element<HTMLElement>(target);
      await act(() => clicked.click());
    },
    async until(check, timeout = 4_000) {
      await vi.waitFor(
        async () => {
          await act(async () => {});
          await check();
        },
        { timeout, interval: 20 },
      );
    },
    close() {
      render(null, root);
      root.remove();
    },
  };
  return view;
}
