/**
 * Plazo on a desk's page: reads the tickets the page shows (through the desk's adapter), reports
 * them to the background, and keeps a countdown chip beside each. Re-rendered lists and in-app
 * navigation are followed by reading the page again; chips whose rows are gone are let go.
 */

import { CHIP_TAG, Chip, type ChipContent } from '../../components/chip/chip';
import { Ticker } from '../../components/chip/ticker';
import type {
  Adapter,
  DetectedPage,
  ListRow,
  ListRows,
  PageRead,
  ReadContext,
  TicketRead,
} from '../../core/adapters/types';
import type { Language } from '../../core/engine/explain';
import type { Observation } from '../../core/messaging/protocol';
import { MAX_OBSERVATIONS } from '../../core/messaging/replies';
import type { TicketTimers } from '../../core/overlay/timers';
import type { Desk } from '../../core/store/records';

/** What the overlay needs from the browser, so tests can give it a fake one. */
export interface OverlayPorts {
  readonly document: Document;
  readonly location: () => URL;
  readonly language: Language;
  readonly timeZone: string;
  fetchJson(url: string): Promise<unknown>;
  /** Reports the observations; resolves with their timers (empty when the background said no). */
  report(observations: readonly Observation[]): Promise<TicketTimers[]>;
  reportUnreadable(tool: string, url: string, fields: readonly string[]): void;
  setInterval(handler: () => void, ms: number): number;
  setTimeout(handler: () => void, ms: number): number;
  clearTimeout(id: number): void;
  intersectionObserver(callback: IntersectionObserverCallback, rootMargin: string): IntersectionObserver;
  mutationObserver(callback: MutationCallback): MutationObserver;
  /** Times a stretch of the script's own work (performance.measure), which the benchmark sums. */
  measure<T>(name: string, work: () => T): T;
}

interface Annotation {
  read: TicketRead;
  /** The background's last answer for this ticket. */
  timers: TicketTimers | null;
  content: ChipContent;
  chip: Chip | null;
  /** What was last reported, so an unchanged ticket is not reported again on every re-render. */
  reported: string | null;
}

/** How long a page's re-renders are let settle before it is read again. */
const SETTLE_MS = 250;
/** How long the API's answers stand for a page that re-rendered without changing what it shows. */
const REUSE_ANSWERS_MS = 60_000;

export class DeskOverlay {
  private readonly annotations = new Map<string, Annotation>();
  private readonly byPlacement = new WeakMap<Element, string>();
  private readonly ticker: Ticker;
  private readonly placements: IntersectionObserver;
  private pending: number | null = null;
  private enriched: { key: string; page: PageRead; at: number } | null = null;
  /** List row groups being watched, by the element watched. */
  private readonly watchedRows = new WeakMap<Element, ListRows>();
  private readonly rowWatcher: IntersectionObserver;
  private rowsPage: { url: URL; detected: DetectedPage } | null = null;
  private rowsNear: ListRow[] = [];
  private rowsFlush: number | null = null;
  private lastUnreadable = '';

  constructor(
    private readonly desk: Desk,
    private readonly adapter: Adapter,
    private readonly ports: OverlayPorts,
  ) {
    this.ticker = new Ticker(
      ports.document,
      { setInterval: (handler, ms) => ports.setInterval(() => ports.measure('plazo:tick', handler), ms) },
      (callback) => ports.intersectionObserver(callback, '0px'),
    );
    // A list's rows are read as they come near the screen, those arriving together in one batch.
    this.rowWatcher = ports.intersectionObserver((entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const group = this.watchedRows.get(entry.target);
        if (group) this.rowsNear.push(...group.rows());
        this.rowWatcher.unobserve(entry.target);
      }
      // Rows reported by several callbacks in a row still make one read and one API request.
      if (this.rowsNear.length > 0 && this.rowsFlush === null) {
        this.rowsFlush = ports.setTimeout(() => {
          this.rowsFlush = null;
          const rows = this.rowsNear;
          this.rowsNear = [];
          void this.readRows(rows);
        }, 0);
      }
    }, '300px');
    // Chips are made only for rows near the viewport: a list of a thousand costs what its screen costs.
    this.placements = ports.intersectionObserver(
      (entries) =>
        ports.measure('plazo:mount', () => {
          for (const entry of entries) {
            if (!entry.isIntersecting) continue;
            const id = this.byPlacement.get(entry.target);
            const annotation = id === undefined ? undefined : this.annotations.get(id);
            if (annotation) this.mount(annotation);
            this.placements.unobserve(entry.target);
          }
        }),
      '300px',
    );
  }

  /** Starts following the page: reads it now and again whenever it changes. */
  start(): Promise<void> {
    this.ports
      .mutationObserver((mutations) => {
        if (mutations.every(ownMutation)) return;
        this.soon();
      })
      .observe(this.ports.document.body, { childList: true, subtree: true });
    return this.scan();
  }

  /** Reads the page again after it settles (in-app navigation, a re-rendered list). */
  soon(): void {
    if (this.pending !== null) this.ports.clearTimeout(this.pending);
    this.pending = this.ports.setTimeout(() => {
      this.pending = null;
      void this.scan();
    }, SETTLE_MS);
  }

  /** Reads and reports everything again, also tickets that look unchanged (their timers may not be). */
  refresh(): void {
    for (const annotation of this.annotations.values()) annotation.reported = null;
    this.soon();
  }

  /** Reads the page, places chips (waiting) at once, then reports and fills in the timers. */
  async scan(): Promise<void> {
    const url = this.ports.location();
    const detected = this.adapter.detect(url, this.desk.base);
    if (!detected) {
      this.clear();
      return;
    }
    if (detected.kind === 'list' && this.adapter.rows) {
      this.watchRows(url, detected, this.adapter.rows);
      return;
    }
    const context: ReadContext = { base: this.desk.base, now: Date.now() };
    const page = this.ports.measure('plazo:read', () =>
      this.adapter.read(this.ports.document, url, detected, context),
    );
    const fresh = this.ports.measure('plazo:read', () => this.recentlyEnriched(page, context.now));
    if (fresh) {
      // The page re-rendered around the same tickets: the API's answers of a moment ago still hold.
      this.ports.measure('plazo:annotate', () => this.annotate(fresh, true, true));
      await this.report(fresh);
      return;
    }
    const enriched = await this.complete(page, detected, context, url, true);
    this.enriched = {
      key: this.ports.measure('plazo:read', () => readKey(page)),
      page: enriched,
      at: context.now,
    };
  }

  /**
   * A list: its rows are listed (cheap), and each is read, made exact and reported only once it
   * comes near the screen, a screenful at a time. Rows the page dropped are let go.
   */
  private watchRows(url: URL, detected: DetectedPage, rowsOf: NonNullable<Adapter['rows']>): void {
    const groups = this.ports.measure('plazo:rows', () => rowsOf(this.ports.document, detected));
    this.rowsPage = { url, detected };
    for (const group of groups) {
      // A re-rendered list brings new elements: watched anew, read again when near the screen.
      if (this.watchedRows.has(group.element)) continue;
      this.watchedRows.set(group.element, group);
      this.rowWatcher.observe(group.element);
    }
    // Rows the page dropped take their chips with them.
    for (const [id, annotation] of this.annotations) {
      if (annotation.read.placement?.element.isConnected) continue;
      this.unmount(annotation);
      this.annotations.delete(id);
    }
  }

  /** Reads, makes exact and reports the rows that came near the screen together. */
  private async readRows(rows: readonly ListRow[]): Promise<void> {
    const where = this.rowsPage;
    if (!where || rows.length === 0) return;
    const context: ReadContext = { base: this.desk.base, now: Date.now() };
    const page = this.ports.measure('plazo:read', () =>
      this.adapter.read(this.ports.document, where.url, where.detected, context, rows),
    );
    await this.complete(page, where.detected, context, where.url, false);
  }

  /**
   * Places chips (waiting) for what was read, asks the desk's API for the rest, then reports and
   * fills in the timers. `whole`: the read covers every ticket the page shows (not a screenful).
   */
  private async complete(
    read: PageRead,
    detected: DetectedPage,
    context: ReadContext,
    url: URL,
    whole: boolean,
  ): Promise<PageRead> {
    let page = read;
    const enrichments = this.adapter.enrich?.(page, detected, context) ?? [];
    // Until the API has answered, what the page lacks is still to come, not unreadable.
    this.ports.measure('plazo:annotate', () => this.annotate(page, enrichments.length === 0, whole));
    // Some answers lead to more requests (RT: who wrote each message); they run one after another.
    const queue = [...enrichments];
    for (let enrichment = queue.shift(); enrichment; enrichment = queue.shift()) {
      try {
        const body = await this.ports.fetchJson(enrichment.url);
        page = enrichment.merge(body, page, context);
        queue.push(...(enrichment.followUps?.(body, context) ?? []));
      } catch {
        // Without the API the page's own reads stand; what they lack is named as unreadable.
      }
    }
    if (enrichments.length > 0) this.ports.measure('plazo:annotate', () => this.annotate(page, true, whole));
    this.reportUnreadable(page, url);
    await this.report(page);
    return page;
  }

  /**
   * The last enriched reads, with today's placements, if the page shows the same tickets as then
   * and the answers are recent: a desk's own scripts re-render parts of the page (RT loads the
   * history after the page), and each re-render must not cost another round of API calls.
   */
  private recentlyEnriched(page: PageRead, now: number): PageRead | null {
    const last = this.enriched;
    if (!last || now - last.at > REUSE_ANSWERS_MS || last.key !== readKey(page)) return null;
    const placements = new Map(page.tickets.map((read) => [read.id, read.placement]));
    return {
      ...last.page,
      tickets: last.page.tickets.map((read) => ({ ...read, placement: placements.get(read.id) ?? null })),
    };
  }

  private annotate(page: PageRead, final: boolean, whole: boolean): void {
    const seen = new Set<string>();
    for (const read of page.tickets) {
      seen.add(read.id);
      const annotation: Annotation = this.annotations.get(read.id) ?? {
        read,
        timers: null,
        content: { kind: 'loading' },
        chip: null,
        reported: null,
      };
      annotation.content = read.observation
        ? annotation.timers
          ? { kind: 'timers', timers: annotation.timers }
          : { kind: 'loading' }
        : final
          ? { kind: 'unreadable', fields: read.unreadable }
          : { kind: 'loading' };
      const moved = annotation.read.placement?.element !== read.placement?.element;
      annotation.read = read;
      this.annotations.set(read.id, annotation);
      if (annotation.chip && (moved || !annotation.chip.host.isConnected)) this.unmount(annotation);
      if (annotation.chip) annotation.chip.set(annotation.content, Date.now());
      else if (read.placement) {
        this.byPlacement.set(read.placement.element, read.id);
        this.placements.observe(read.placement.element);
      }
    }
    if (!whole) return;
    for (const [id, annotation] of this.annotations) {
      if (seen.has(id)) continue;
      this.unmount(annotation);
      this.annotations.delete(id);
    }
  }

  private async report(page: PageRead): Promise<void> {
    const changed: Observation[] = [];
    for (const read of page.tickets) {
      if (!read.observation) continue;
      const annotation = this.annotations.get(read.id);
      const fingerprint = fingerprintOf(read.observation);
      if (!annotation || annotation.reported === fingerprint) continue;
      annotation.reported = fingerprint;
      changed.push(read.observation);
    }
    for (let from = 0; from < changed.length; from += MAX_OBSERVATIONS) {
      const timers = await this.ports.report(changed.slice(from, from + MAX_OBSERVATIONS));
      this.ports.measure('plazo:timers', () => {
        const now = Date.now();
        for (const timer of timers) {
          const annotation = this.annotations.get(timer.id);
          if (!annotation) continue;
          annotation.timers = timer;
          annotation.content = { kind: 'timers', timers: timer };
          annotation.chip?.set(annotation.content, now);
        }
      });
    }
  }

  private reportUnreadable(page: PageRead, url: URL): void {
    const fields = new Set(page.unreadable);
    for (const read of page.tickets) for (const field of read.unreadable) fields.add(field);
    const key = [...fields].sort().join(',');
    if (key === '' || key === this.lastUnreadable) return;
    this.lastUnreadable = key;
    this.ports.reportUnreadable(this.adapter.id, url.href, [...fields]);
  }

  private mount(annotation: Annotation): void {
    const placement = annotation.read.placement;
    if (annotation.chip || !placement?.element.isConnected) return;
    const chip = new Chip(this.ports.document, this.ports.language, this.ports.timeZone);
    if (placement.position === 'after') placement.element.after(chip.host);
    else placement.element.append(chip.host);
    chip.set(annotation.content, Date.now());
    annotation.chip = chip;
    this.ticker.watch(chip);
  }

  private unmount(annotation: Annotation): void {
    if (!annotation.chip) return;
    this.ticker.forget(annotation.chip);
    annotation.chip.host.remove();
    annotation.chip = null;
  }

  private clear(): void {
    for (const annotation of this.annotations.values()) this.unmount(annotation);
    this.annotations.clear();
  }

  /** How many chips exist now (for tests and the benchmark). */
  get chipCount(): number {
    let count = 0;
    for (const annotation of this.annotations.values()) if (annotation.chip) count++;
    return count;
  }
}

/** Mutations that only add or remove our own chips do not mean the page changed. */
function ownMutation(mutation: MutationRecord): boolean {
  const ours = (node: Node) => node.nodeName.toLowerCase() === CHIP_TAG;
  return [...mutation.addedNodes].every(ours) && [...mutation.removedNodes].every(ours);
}

/** An observation without its instant: two reads of an unchanged ticket have the same fingerprint. */
function fingerprintOf(observation: Observation): string {
  const { observedAt: _observedAt, ...facts } = observation;
  return JSON.stringify(facts);
}

/** What a page read says about its tickets, placements aside: equal keys, equal tickets. */
function readKey(page: PageRead): string {
  return page.tickets
    .map((read) => {
      const seen = read.partial ?? read.observation;
      return `${read.id}|${seen?.status}|${seen?.title}|${seen?.queue}|${seen?.priority}|${read.unreadable.join()}`;
    })
    .join('\n');
}
