/**
 * The page's one clock: every second it repaints the chips that are in view, and only those. Chips
 * scrolled away, or on a hidden tab, cost nothing until they are seen again.
 */
import type { Chip } from './chip';

/** The timer functions of the content script's context, cleared when the extension goes away. */
export interface Timers {
  setInterval(handler: () => void, ms: number): number;
}

export class Ticker {
  private readonly visible = new Set<Chip>();
  private readonly byHost = new WeakMap<Element, Chip>();
  private readonly observer: IntersectionObserver;

  constructor(
    private readonly document: Document,
    timers: Timers,
    createObserver: (callback: IntersectionObserverCallback) => IntersectionObserver,
  ) {
    this.observer = createObserver((entries) => {
      const now = Date.now();
      for (const entry of entries) {
        const chip = this.byHost.get(entry.target);
        if (!chip) continue;
        if (entry.isIntersecting) {
          this.visible.add(chip);
          chip.render(now);
        } else this.visible.delete(chip);
      }
    });
    timers.setInterval(() => this.tick(Date.now()), 1000);
  }

  watch(chip: Chip): void {
    this.byHost.set(chip.host, chip);
    this.observer.observe(chip.host);
  }

  forget(chip: Chip): void {
    this.observer.unobserve(chip.host);
    this.visible.delete(chip);
  }

  /** Chips repainted by the last tick (for tests and the benchmark). */
  tick(now: number): number {
    if (this.document.visibilityState === 'hidden') return 0;
    let painted = 0;
    for (const chip of this.visible) {
      // A chip whose row the page removed is dropped here at the latest.
      if (!chip.host.isConnected) {
        this.forget(chip);
        continue;
      }
      chip.render(now);
      painted++;
    }
    return painted;
  }
}
