import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';

// Auto-imports are off on purpose: every dependency is an explicit import, so readers and tools
// see who depends on whom, and core/ provably never reaches into entrypoints/ or components/.
export default defineConfig({
  imports: false,
  // Separate builds side by side (a benchmark while the suite runs): PLAZO_OUT_DIR names another folder.
  outDir: process.env.PLAZO_OUT_DIR ?? '.output',
  manifestVersion: 3,
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    // Entrypoints named e2e-* (the probe that stands in for an adapter on 127.0.0.1, the page the
    // end-to-end suite reads the store from) exist only in `--mode e2e` builds, so production never
    // asks for that host nor ships test pages.
    'entrypoints:resolved': (wxt, entrypoints) => {
      if (wxt.config.mode === 'e2e') return;
      for (let index = entrypoints.length - 1; index >= 0; index--) {
        if (entrypoints[index]?.name.startsWith('e2e-')) entrypoints.splice(index, 1);
      }
    },
  },
  vite: ({ mode }) => ({
    plugins: [
      preact({ prefreshEnabled: false, devToolsEnabled: false }),
      ...(mode === 'e2e' ? [e2eWorkerTap()] : []),
    ],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // The toolbar button: without an `action` key, chrome.action is undefined and the badge cannot be painted.
    action: { default_title: '__MSG_extName__' },
    // Least privilege: nothing that reads sites at install. Help desks are granted one by one later:
    // the options page asks for a desk's origin when it is added, and `scripting` registers that
    // desk's content script (no host_permissions, and scripting alone grants no site access).
    permissions: [
      'storage',
      'alarms',
      'notifications',
      'scripting',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'plazo@plazo.dev',
              // 128: the first Firefox that grants optional_host_permissions, which desks are added with.
              strict_min_version: '128.0',
              // Firefox's built-in consent: Plazo collects and transmits nothing.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});

/**
 * `--mode e2e` only: loads tests/e2e/worker-tap.ts first in the service worker. The tap records every
 * notification, badge and alarm call the worker makes, in storage.session, so the end-to-end suite
 * can count them across worker restarts without any test code in entrypoints/background.
 */
function e2eWorkerTap(): Plugin {
  const background = resolve(import.meta.dirname, 'entrypoints/background/index.ts');
  const tap = resolve(import.meta.dirname, 'tests/e2e/worker-tap.ts');
  return {
    name: 'plazo-e2e-worker-tap',
    enforce: 'pre',
    transform(code, id) {
      return id === background ? { code: `import ${JSON.stringify(tap)};\n${code}`, map: null } : null;
    },
  };
}
