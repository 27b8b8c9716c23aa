/**
 * Reads RT 5's search results (`Search/Results.html`): one read per `tbody.list-item`, its cells
 * mapped to fields through the table's Format. Date cells are not read (see ticket-page.ts: the
 * page does not name the zone they are in); created and Due come from one batched REST query.
 */
import type { ChipPlacement, ListRow, ListRows, PageRead, ReadContext, TicketRead } from '../types';
import { parseDisplayFormat } from './display-format';
import { shownText } from './dom-text';
import { RESULT_LIST } from './selectors';
import { missingShownFields, newTicketRead, type TicketFacts } from './ticket-read';
import { isTicketId } from './urls';

/** The Format attributes Plazo reads, by the field they fill. */
const COLUMNS = {
  id: 'id',
  Subject: 'title',
  Status: 'status',
  QueueName: 'queue',
  Priority: 'priority',
  Owner: 'assignee',
  OwnerName: 'assignee',
  SLA: 'sla',
} as const;
type Column = (typeof COLUMNS)[keyof typeof COLUMNS];

interface CellPosition {
  readonly line: number;
  readonly cell: number;
}

/** Reads the rows of the results (only `rows`, when given). */
export function readResultList(
  document: Document,
  context: ReadContext,
  rows?: readonly ListRow[],
): PageRead {
  const tickets = new Map<string, TicketRead>();
  const columnsOf = new Map<Element, Map<Column, CellPosition>>();
  for (const { id, element } of rows ?? listRowGroups(document).flatMap((group) => group.rows())) {
    const table = element.parentElement;
    if (!table || tickets.has(id)) continue;
    let columns = columnsOf.get(table);
    if (!columns) {
      columns = columnPositions(table.getAttribute('data-display-format') ?? '');
      columnsOf.set(table, columns);
    }
    tickets.set(id, readRow(element, id, columns, context));
  }
  return { tickets: [...tickets.values()], unreadable: [] };
}

/** Rows per group: small enough that one near the screen always has its first row near it too. */
const GROUP = 5;

/**
 * The results' rows in groups of GROUP, each watched through its first element. Only the table's
 * own children are walked (a row holds dozens of elements: a selector would search them all), and
 * each row is touched only when its group is asked for its rows.
 */
export function listRowGroups(document: Document): ListRows[] {
  return resultTables(document).flatMap((table) => {
    const children = table.children;
    const groups: ListRows[] = [];
    for (let first = 0; first < children.length; first += GROUP) {
      const element = children[first] as Element;
      groups.push({
        element,
        rows: () => {
          const rows: ListRow[] = [];
          for (let index = first; index < Math.min(first + GROUP, children.length); index++) {
            const row = children[index];
            const id = row?.getAttribute('data-record-id') ?? '';
            if (row?.matches(RESULT_LIST.row) && isTicketId(id)) rows.push({ id, element: row });
          }
          return rows;
        },
      });
    }
    return groups;
  });
}

/** The results tables, not the requestor's-other-tickets table a ticket page also has. */
function resultTables(document: Document): Element[] {
  const tables: Element[] = [];
  for (
    let table = document.querySelector(RESULT_LIST.table);
    table;
    table = nextOutside(table, RESULT_LIST.table)
  ) {
    if (
      table.closest(RESULT_LIST.requestorBox) === null &&
      (table.getAttribute('data-class') ?? 'RT::Ticket') === 'RT::Ticket'
    )
      tables.push(table);
  }
  return tables;
}

/**
 * The next element matching `selector` after `element` in document order, outside its subtree. A
 * results table holds most of the page (a thousand rows are some fifty thousand elements): any
 * search of the whole document walks them all, so the search skips the table it has found.
 */
function nextOutside(element: Element, selector: string): Element | null {
  for (let node: Element | null = element; node; node = node.parentElement) {
    for (let sibling = node.nextElementSibling; sibling; sibling = sibling.nextElementSibling) {
      if (sibling.matches(selector)) return sibling;
      const inside = sibling.querySelector(selector);
      if (inside) return inside;
    }
  }
  return null;
}

function columnPositions(format: string): Map<Column, CellPosition> {
  const positions = new Map<Column, CellPosition>();
  parseDisplayFormat(format).forEach((attributes, line) => {
    attributes.forEach((attribute, cell) => {
      const column = Object.hasOwn(COLUMNS, attribute) ? COLUMNS[attribute as keyof typeof COLUMNS] : null;
      if (column && !positions.has(column)) positions.set(column, { line, cell });
    });
  });
  return positions;
}

function readRow(
  row: Element,
  id: string,
  columns: Map<Column, CellPosition>,
  context: ReadContext,
): TicketRead {
  // Straight to the cells wanted, by position: in a content script every element touched costs a
  // wrapper object, and a list of a thousand rows has some fifteen thousand cells.
  const lineAt = (index: number) => elementAt(row.children, index, 'TR');
  const cellAt = (column: Column): Element | undefined => {
    const position = columns.get(column);
    const line = position ? lineAt(position.line) : undefined;
    return position && line ? elementAt(line.children, position.cell, 'TD') : undefined;
  };
  // Editable cells hold a hidden editor form before the shown value.
  const shownIn = (column: Column) => {
    const cell = cellAt(column);
    return shownText(cell?.querySelector(RESULT_LIST.editableValue) ?? cell);
  };

  const facts: TicketFacts = {
    title: shownIn('title'),
    status: shownIn('status'),
    queue: shownIn('queue'),
    priority: shownIn('priority'),
    assignee: shownIn('assignee'),
  };
  const missing = missingShownFields(facts);
  // An empty SLA cell means no SLA, so no deadline of RT's; without the column nobody knows.
  if (!cellAt('sla') || shownIn('sla') !== undefined) missing.push('due');
  return newTicketRead(
    context,
    id,
    facts,
    missing,
    placementIn(cellAt('id') ?? cellAt('title') ?? lineAt(0)),
  );
}

/** The element at `index` if it is a `tag` (RT's rows hold only TRs, its lines only TDs). */
function elementAt(children: HTMLCollection, index: number, tag: string): Element | undefined {
  const element = children[index];
  return element?.tagName === tag ? element : undefined;
}

/** In the id (or subject) cell, else at the end of the row's first line. */
function placementIn(element: Element | undefined): ChipPlacement | null {
  return element ? { element, position: 'append' } : null;
}
