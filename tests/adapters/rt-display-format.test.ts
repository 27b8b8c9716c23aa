// @vitest-environment happy-dom
/** RT's search Format, parsed as RT parses it: the only map from a result cell to its field. */
import { describe, expect, it } from 'vitest';
import { parseDisplayFormat } from '../../core/adapters/rt/display-format';
import { fixtureDocument } from './rt-fixtures';

const formatOf = (file: string) =>
  fixtureDocument(file).querySelector('table.ticket-list')?.getAttribute('data-display-format') ?? '';

describe('parseDisplayFormat', () => {
  it('reads RT’s default Format as two lines per ticket, without Due or SLA', () => {
    expect(parseDisplayFormat(formatOf('search-results-default.html'))).toEqual([
      ['id', 'Subject', 'Status', 'QueueName', 'Owner', 'Priority'],
      ['', 'Requestors', 'CreatedRelative', 'ToldRelative', 'LastUpdatedRelative', 'TimeLeft'],
    ]);
  });

  it('tells Due from DueRelative, which the headers both title "Due"', () => {
    const [line] = parseDisplayFormat(formatOf('search-results-sla.html'));
    expect(line).toEqual([
      'id',
      'Subject',
      'Status',
      'QueueName',
      'Owner',
      'Priority',
      'SLA',
      'Created',
      'Starts',
      'Due',
      'DueRelative',
      'LastUpdated',
      'Requestors',
    ]);
  });

  it('follows RT’s rules for quotes, escapes, modifiers and empty cells', () => {
    expect(
      parseDisplayFormat(
        `'<a href="x">__Subject__</a>/TITLE:Sub, ject', "__Status__/CLASS:big/ALIGN:right", ` +
          `'it\\'s __Due__', '__Told__/ATTRIBUTE:LastContact', '', NBSP, NEWLINE, QueueName`,
      ),
    ).toEqual([['Subject', 'Status', 'Due', 'LastContact', '', ''], ['QueueName']]);
  });

  it('gives one empty line for an empty or odd Format', () => {
    expect(parseDisplayFormat('')).toEqual([[]]);
    expect(parseDisplayFormat(',,, ;;')).toEqual([[]]);
  });
});
