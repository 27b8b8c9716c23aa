import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';

/**
 * End-to-end builds only (`wxt build --mode e2e`; wxt.config.ts drops it from every other build):
 * stands in for a help-desk adapter on pages served from 127.0.0.1. The page carries the observation
 * as JSON text; the script reads it as text and reports it like an adapter would, as a fact.
 */
export default defineContentScript({
  matches: ['http://127.0.0.1/*'],
  runAt: 'document_idle',
  main() {
    const source = document.getElementById('plazo-e2e-observation');
    if (!source?.textContent) return;
    const observation: unknown = JSON.parse(source.textContent);
    void browser.runtime.sendMessage({ type: 'ticketsObserved', observations: [observation] });
  },
});
