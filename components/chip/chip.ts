/**
 * One countdown chip beside a ticket, in its own shadow root. Plain DOM rather than Preact: a list
 * page may hold a thousand of these and the content script must stay small and quick. Page data
 * only ever reaches it as text (textContent), never as markup.
 */
import type { Language } from '../../core/engine/explain';
import { chipDetails } from '../../core/overlay/chip-details';
import { type ChipState, chipAt } from '../../core/overlay/chip-model';
import { chipWords } from '../../core/overlay/chip-text';
import type { TicketTimers } from '../../core/overlay/timers';
import { CHIP_CSS, CHIP_ICONS } from './chip-styles';

export const CHIP_TAG = 'plazo-chip';

export type ChipContent =
  | { readonly kind: 'loading' }
  | { readonly kind: 'unreadable'; readonly fields: readonly string[] }
  | { readonly kind: 'timers'; readonly timers: TicketTimers };

export class Chip {
  readonly host: HTMLElement;
  private readonly body: HTMLElement;
  private readonly icon: HTMLElement;
  private readonly text: HTMLElement;
  /** Made the first time someone looks: most chips on a list are never hovered. */
  private tip: HTMLElement | null = null;
  private content: ChipContent = { kind: 'loading' };
  private tipOpen = false;

  constructor(
    document: Document,
    private readonly language: Language,
    private readonly timeZone: string,
  ) {
    this.host = document.createElement(CHIP_TAG);
    // Open so tests and assistive technology reach it; it holds nothing the desk's page does not know.
    const root = this.host.attachShadow({ mode: 'open' });
    this.body = document.createElement('span');
    this.body.className = 'chip';
    this.body.tabIndex = 0;
    this.body.setAttribute('aria-describedby', 'tip');
    this.icon = document.createElement('span');
    this.icon.setAttribute('aria-hidden', 'true');
    this.text = document.createElement('span');
    this.text.className = 'text';
    this.body.append(this.icon, this.text);
    root.append(this.body);
    adoptChipStyles(root, document);
    // The tooltip is written only while someone looks at it; the ticker keeps it current meanwhile.
    const open = () => {
      this.tipOpen = true;
      this.render(Date.now());
    };
    const close = () => {
      this.tipOpen = false;
    };
    this.host.addEventListener('mouseenter', open);
    this.host.addEventListener('focusin', open);
    this.host.addEventListener('mouseleave', close);
    this.host.addEventListener('focusout', close);
  }

  set(content: ChipContent, now: number): void {
    this.content = content;
    this.render(now);
  }

  /** Repaints for `now`; cheap when nothing visible changed. */
  render(now: number): void {
    const words = chipWords(this.language);
    const content = this.content;
    let state: ChipState;
    let text: string;
    if (content.kind === 'loading') {
      state = 'loading';
      text = words.loading;
    } else if (content.kind === 'unreadable') {
      state = 'unreadable';
      text = words.cantRead(content.fields);
    } else {
      const view = chipAt(content.timers, now, this.language);
      state = view.state;
      text = view.text;
      this.host.dataset.deadline = view.timer?.deadline === null ? '' : String(view.timer?.deadline ?? '');
    }
    if (this.body.dataset.state !== state) {
      this.body.dataset.state = state;
      this.host.dataset.state = state;
      this.icon.textContent = CHIP_ICONS[state];
    }
    if (this.text.textContent !== text) this.text.textContent = text;
    if (this.tipOpen) this.renderTip(now, text);
  }

  private renderTip(now: number, text: string): void {
    const lines: HTMLElement[] = [];
    const paragraph = (value: string, tag = 'p') => {
      const element = this.host.ownerDocument.createElement(tag);
      element.textContent = value;
      lines.push(element);
    };
    if (this.content.kind === 'timers') {
      for (const metric of chipDetails(this.content.timers, now, this.language, this.timeZone)) {
        paragraph(metric.heading, 'h3');
        for (const line of metric.lines) paragraph(line);
      }
    }
    if (lines.length === 0) paragraph(text);
    if (!this.tip) {
      this.tip = this.host.ownerDocument.createElement('div');
      this.tip.className = 'tip';
      this.tip.id = 'tip';
      this.tip.setAttribute('role', 'tooltip');
      this.body.after(this.tip);
    }
    this.tip.replaceChildren(...lines);
  }
}

/** One parsed stylesheet per page, shared by all its chips: a list may hold hundreds of them. */
const sheets = new WeakMap<Document, CSSStyleSheet>();

function adoptChipStyles(root: ShadowRoot, document: Document): void {
  try {
    let sheet = sheets.get(document);
    if (!sheet) {
      // The page's own constructor: a sheet adopts only into the document it was made for.
      const Sheet = document.defaultView?.CSSStyleSheet ?? CSSStyleSheet;
      sheet = new Sheet();
      sheet.replaceSync(CHIP_CSS);
      sheets.set(document, sheet);
    }
    root.adoptedStyleSheets = [sheet];
  } catch {
    // Where a content script cannot adopt a constructed sheet (Firefox's isolation), a style element.
    const style = document.createElement('style');
    style.textContent = CHIP_CSS;
    root.prepend(style);
  }
}
