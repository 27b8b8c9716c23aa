import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Auto-imports are off on purpose: every dependency is an explicit import, so readers and tools
// see who depends on whom, and core/ provably never reaches into entrypoints/ or components/.
export default defineConfig({
  imports: false,
  manifestVersion: 3,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact({ prefreshEnabled: false, devToolsEnabled: false })],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Least privilege: nothing that reads sites at install. Help desks are granted one by one later.
    permissions: ['storage', 'alarms', 'notifications', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'plazo@plazo.dev',
              strict_min_version: '115.0',
              // Firefox's built-in consent: Plazo collects and transmits nothing.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
