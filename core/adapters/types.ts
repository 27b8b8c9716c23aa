/**
 * The shape every help-desk adapter has. An adapter is pure: it detects its pages from a URL and
 * reads a Document it is given; the content script (entrypoints/) does the fetching, the messaging
 * and the drawing. Adapters report facts (an Observation per ticket) and what they could not read,
 * never SLA conclusions.
 */
import type { Observation } from '../messaging/protocol';

/** What kind of desk page a URL is. */
export type DetectedPage = { readonly kind: 'ticket'; readonly id: string } | { readonly kind: 'list' };

/**
 * Where a desk lives: the URL the user entered for a self-hosted desk (origin plus an optional path
 * prefix, as in "https://support.example.com/rt"), always ending in "/".
 */
export type DeskBase = string;

/** Where the content script puts a ticket's countdown chip. */
export interface ChipPlacement {
  readonly element: Element;
  /** 'after': a sibling right after `element`; 'append': its last child. */
  readonly position: 'after' | 'append';
}

/** One ticket read from a page. */
export interface TicketRead {
  /** What the page says; null when a field the timers depend on could not be read (see unreadable). */
  readonly observation: Observation | null;
  /**
   * Everything read of this ticket so far, complete or not (`observation` is this once it is
   * complete): what an enrichment completes when the page alone cannot, e.g. RT pages show dates in
   * a zone they do not name, so the creation instant only comes from the API.
   */
  readonly partial?: Observation;
  /** The ticket's id on its desk, also when the observation is null (the chip then says why). */
  readonly id: string;
  /** Names of the fields this ticket's page or row did not yield ("priority", "created", …). */
  readonly unreadable: readonly string[];
  readonly placement: ChipPlacement | null;
}

export interface PageRead {
  readonly tickets: readonly TicketRead[];
  /** Page-wide fields that could not be read (e.g. a list whose columns cannot be mapped). */
  readonly unreadable: readonly string[];
}

/** What reading needs besides the page: the desk, and the instant to stamp observations with. */
export interface ReadContext {
  readonly base: DeskBase;
  readonly now: number;
}

/**
 * A same-origin JSON request the adapter wants made with the user's session (RT's REST 2.0, say),
 * and how to fold the answer into what the page gave.
 */
export interface Enrichment {
  readonly url: string;
  /** Folds the parsed JSON body into the page's reads; invalid JSON shapes are reported, not thrown. */
  merge(body: unknown, page: PageRead, context: ReadContext): PageRead;
  /**
   * Requests this answer shows are still needed, to make (and merge) after it; none when the request
   * failed. RT's history names who wrote each message, and only each author's user record says
   * whether that was staff.
   */
  followUps?(body: unknown, context: ReadContext): readonly Enrichment[];
}

/**
 * A few consecutive rows of a list page: an element to watch for coming near the screen, and the
 * ids of its tickets, found only when asked (each element a script touches costs it a wrapper).
 */
export interface ListRows {
  readonly element: Element;
  rows(): readonly ListRow[];
}

/** One row of a list page: its ticket and its element. */
export interface ListRow {
  readonly id: string;
  readonly element: Element;
}

export interface Adapter {
  /** Stable id, the `tool` of observations and of policy matching: "rt", "custom:<name>". */
  readonly id: string;
  /** Shown to users: "Request Tracker". */
  readonly name: string;
  /** Pure: the page kind of `url` on the desk at `base`, or null when it is not one of its pages. */
  detect(url: URL, base: DeskBase): DetectedPage | null;
  /**
   * Pure: reads a detected page (on a list, only `rows`, when given). Never throws on odd markup:
   * unreadable fields are named instead.
   */
  read(
    document: Document,
    url: URL,
    page: DetectedPage,
    context: ReadContext,
    rows?: readonly ListRow[],
  ): PageRead;
  /**
   * Lists only, optional: the list's rows in small groups, found without touching each row. With
   * it, a list of a thousand tickets is read a screenful at a time, as rows come near the screen.
   */
  rows?(document: Document, page: DetectedPage): readonly ListRows[];
  /** Optional same-origin API calls that make the page's reads exact (timestamps, the desk's own SLA). */
  enrich?(page: PageRead, detected: DetectedPage, context: ReadContext): readonly Enrichment[];
}
