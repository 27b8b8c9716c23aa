import { describe, expect, it } from 'vitest';
import {
  fillTemplate,
  MESSAGE_LANGUAGES,
  MESSAGE_STEPS,
  PLACEHOLDERS,
  stepMessage,
  TEMPLATES,
  templatesFor,
  templateValues,
} from '../../core/recovery';
import { applyAll, incident } from './builders';

describe('customer message templates', () => {
  it('every message step has templates, each written in Spanish and English with known placeholders only', () => {
    for (const step of MESSAGE_STEPS) expect(templatesFor(step).length).toBeGreaterThan(0);
    for (const template of TEMPLATES) {
      for (const language of MESSAGE_LANGUAGES) {
        expect(template.body[language].trim()).not.toBe('');
        expect(template.name[language].trim()).not.toBe('');
        const used = [...template.body[language].matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
        for (const name of used) expect(PLACEHOLDERS).toContain(name);
      }
      // The same placeholders in both languages: a translation never drops the deadline.
      const names = (language: 'es' | 'en') =>
        [...template.body[language].matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
      expect(names('es')).toEqual(names('en'));
    }
  });

  it('fills the placeholders from the ticket, in the chosen language and the agent zone', () => {
    const ready = applyAll(incident(), [
      { kind: 'setRestorer', restorer: 'Bob Ruiz' },
      { kind: 'chooseTemplate', step: 'tellCustomer', language: 'es', template: 'apology' },
    ]);
    const message = stepMessage(ready, 'tellCustomer', 'Europe/Madrid', 'Alice');
    expect(message?.missing).toEqual([]);
    expect(message?.text).toContain('n.º 42 «VPN drops every 20 minutes since Monday»');
    expect(message?.text).toContain('primera respuesta');
    // 10:14 UTC is 11:14 in Madrid in March (CET).
    expect(message?.text).toMatch(/11:14 \(Europe\/Madrid\)/);
    expect(message?.text).toContain('Bob Ruiz se encarga');
    expect(message?.text).toMatch(/Un saludo,\nAlice$/);

    const english = stepMessage(
      applyAll(ready, [
        { kind: 'chooseTemplate', step: 'tellCustomer', language: 'en', template: 'apology' },
      ]),
      'tellCustomer',
      'America/New_York',
      'Alice',
    );
    expect(english?.text).toContain('#42 "VPN drops every 20 minutes since Monday"');
    expect(english?.text).toContain('first response');
    expect(english?.text).toMatch(/05:14 (AM )?\(America\/New_York\)/);
  });

  it('shows what it cannot fill yet instead of leaving a hole, and lists it once', () => {
    const message = stepMessage(incident({ deadline: null }), 'tellCustomer', 'UTC', '');
    expect(message?.missing).toEqual(['deadline', 'restorer', 'agent']);
    expect(message?.text).toContain('by [deadline]');
    expect(message?.text).toContain('[restorer] is now personally in charge');
  });

  it('never expands a placeholder inside a value: a title with "{restorer}" stays as written', () => {
    const values = templateValues(incident({ title: 'Broken {restorer}\nline two' }), 'en', 'UTC', 'Alice');
    expect(values.title).toBe('Broken {restorer} line two');
    const filled = fillTemplate('{title} / {restorer} / {unknown}', { ...values, restorer: 'Bob' });
    expect(filled.text).toBe('Broken {restorer} line two / Bob / {unknown}');
  });
});
