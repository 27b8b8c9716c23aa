/**
 * Where RT 5 puts what Plazo reads, by name (checked against pages saved from RT 5.0.3, see
 * tests/fixtures/rt/README.md). One place to change when RT's markup does.
 */

/**
 * The ticket page. Its boxes hold the shown values in `.inline-edit-display`, and repeat the fields
 * in a hidden edit form with Capitalised classes (`div.form-row.Status`), so the displayed values
 * are read only inside `.inline-edit-display`.
 */
export const TICKET_PAGE = {
  /** "#42: Subject": the chip goes right after it. */
  heading: '#header h1',
  id: '.ticket-info-basics .inline-edit-display div.id.form-row .value',
  status: '.ticket-info-basics .inline-edit-display div.status.form-row .current-value',
  /** Absent when the ticket's queue has SLAs off: RT then computes no deadline. */
  slaRow: '.ticket-info-basics .inline-edit-display div.sla.form-row',
  /** RT 5.0.3 writes `current-value`; RT 5.0.8's template reads `current_value`. */
  slaValue: '.current-value, .current_value',
  /** The "Priority" half of "Priority/FinalPriority". */
  priority: '.ticket-info-basics .inline-edit-display div.priority.form-row .current-value .Priority',
  queue: '.ticket-info-basics .inline-edit-display div.queue.form-row .current-value',
  /** The owner as RT shows it: "alice (Alice Agent)", or "Nobody in particular". */
  owner: '.ticket-info-people .inline-edit-display div.form-row.owner .current-value span.user',
  /** The exact subject, in the hidden edit form (only for users who may modify the ticket). */
  subjectInput: '.ticket-info-basics form.inline-edit input[name="Subject"]',
} as const;

/** Search results: one table, one `tbody` per ticket, one `tr` per line of RT's Format. */
export const RESULT_LIST = {
  table: 'table.ticket-list.collection-as-table[data-display-format]',
  /**
   * The ticket page's "More about the requestors" box holds a ticket list of its own (the
   * requestor's other tickets): never search results.
   */
  requestorBox: '.ticket-info-requestor',
  row: 'tbody.list-item[data-record-id]',
  /** Inline-editable cells hold a hidden editor form, then the shown value. */
  editableValue: 'div.value',
} as const;
