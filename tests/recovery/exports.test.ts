import { describe, expect, it } from 'vitest';
import {
  exportFileName,
  incidentExportSchema,
  incidentJson,
  incidentMarkdown,
  mdBlock,
  mdInline,
} from '../../core/recovery';
import { applyAll, at, incident, WHOLE_RECOVERY, WHOLE_REVIEW } from './builders';

const HOSTILE =
  '# Pwned\n\n- [click](javascript:alert(1)) <img src=x onerror=alert(1)> **bold** `code` | a | b |\n---\n> quote';

/** The Markdown's structural lines: headings, list items and quotes, as a reader's parser would see them. */
function structure(markdown: string): string[] {
  return markdown.split('\n').filter((line) => /^(#{1,6} |- |> |\d+\. |---|===|```)/.test(line));
}

describe('the Markdown postmortem', () => {
  const done = applyAll(incident(), [...WHOLE_RECOVERY, ...WHOLE_REVIEW, { kind: 'close' }], 'Bob');

  it('tells the breach, every step with who and when, the action log and the review', () => {
    const markdown = incidentMarkdown(done, { language: 'en', timeZone: 'UTC' });
    expect(markdown).toMatch(/^# Postmortem: SLA breach on ticket 42\n/);
    expect(markdown).toContain('- Ticket: 42 VPN drops every 20 minutes since Monday');
    expect(markdown).toContain('- Metric: first response');
    expect(markdown).toMatch(/- Deadline: Mon, Mar 2, 10:14 AM \(UTC\)/);
    expect(markdown).toMatch(
      /### 1\. Alert the team and name who restores \(done: Bob, Mon, Mar 2, 10:17 AM \(UTC\)\)/,
    );
    expect(markdown).toContain('Who restores: Bob');
    expect(markdown).toContain('Category: staffing');
    expect(markdown).toContain('Two agents off sick; the queue was not reassigned\\.');
    expect(markdown).toMatch(/- Mon, Mar 2, 10:22 AM \(UTC\), Bob: Restarted the VPN concentrator/);
    expect(markdown).toContain('- **Was the SLA realistic?** yes');
    expect(markdown).toContain('- **How did this affect the team?** Notes on teamImpact');
    expect(markdown).toMatch(/- Closed: Bob, /);
    // The message as sent, quoted.
    expect(markdown).toContain('> Bob is now personally in charge');
  });

  it('is written in Spanish when asked', () => {
    const markdown = incidentMarkdown(done, { language: 'es', timeZone: 'Europe/Madrid' });
    expect(markdown).toMatch(/^# Análisis posterior: incumplimiento del SLA en el ticket 42/);
    expect(markdown).toContain('- **¿Era realista el SLA?** sí');
    expect(markdown).toContain('Categoría: personal');
    expect(markdown).toContain('- Plazo: lun, 2 mar, 11:14 (Europe/Madrid)');
  });

  it('keeps a hostile title, root cause and action as text: the structure is only what Plazo writes', () => {
    const calm = incidentMarkdown(done, { language: 'en', timeZone: 'UTC' });
    const hostile = applyAll(
      incident({ title: HOSTILE, ticketId: '42' }),
      [
        { kind: 'setRestorer', restorer: '## Mallory' },
        { kind: 'completeStep', step: 'alertTeam' },
        { kind: 'setRootCauseCategory', category: 'other' },
        { kind: 'setRootCauseText', text: HOSTILE },
        { kind: 'completeStep', step: 'rootCause' },
        { kind: 'completeStep', step: 'tellCustomer' },
        { kind: 'addAction', text: HOSTILE.replace(/\n/g, ' ') },
        { kind: 'completeStep', step: 'restore' },
        { kind: 'completeStep', step: 'informResolved' },
        ...WHOLE_REVIEW.map((edit) => (edit.kind === 'setReviewNotes' ? { ...edit, notes: HOSTILE } : edit)),
        { kind: 'close' },
      ],
      'Bob',
    );
    const markdown = incidentMarkdown(hostile, { language: 'en', timeZone: 'UTC' });
    // The same headings, list items and quotes as a harmless incident: no injected ones.
    const shape = (text: string) => structure(text).map((line) => line.replace(/:.*$|\(.*$/, ''));
    expect(shape(markdown).filter((line) => line.startsWith('#'))).toEqual(
      shape(calm).filter((line) => line.startsWith('#')),
    );
    expect(structure(markdown).filter((line) => line.startsWith('- ')).length).toBe(
      structure(calm).filter((line) => line.startsWith('- ')).length,
    );
    expect(markdown).not.toMatch(/\]\(javascript/);
    expect(markdown).not.toMatch(/(?<!\\)<img/);
    expect(markdown).not.toMatch(/^---$/m);
    expect(markdown).toContain('\\# Pwned');
    expect(markdown).toContain('\\<img src\\=x onerror\\=alert\\(1\\)\\>');
    expect(markdown).toContain('Who restores: \\#\\# Mallory');
  });

  it('escapes inline text on one line and block text line by line with hard breaks', () => {
    expect(mdInline('a\n# b *c*')).toBe('a \\# b \\*c\\*');
    expect(mdBlock('first\n\n# second\n- third')).toBe('first\\\n\\# second\\\n\\- third');
    // Bidirectional overrides and control characters never reach the document.
    expect(mdInline('safe\u202Eevil\u0007')).toBe('safeevil');
  });
});

describe('the JSON export', () => {
  it('is the incident in a versioned envelope that parses back to the same incident', () => {
    const done = applyAll(incident({ title: HOSTILE }), WHOLE_RECOVERY);
    const text = incidentJson(done, at('2026-03-03T09:00:00Z'));
    const parsed = incidentExportSchema.parse(JSON.parse(text));
    expect(parsed).toEqual({
      format: 'plazo-incident',
      version: 1,
      exportedAt: at('2026-03-03T09:00:00Z'),
      incident: done,
    });
  });

  it('names files from the ticket id and the opening day only', () => {
    expect(exportFileName(incident(), 'md')).toBe('plazo-incident-42-2026-03-02.md');
    expect(exportFileName(incident({ ticketId: '../../etc/passwd' }), 'json')).toBe(
      'plazo-incident-etcpasswd-2026-03-02.json',
    );
  });
});
