import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { datasetPlugin } from './dataset/compile/vite-plugin-dataset';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: ({ mode }) => ({
    plugins: [preact(), datasetPlugin()],
    // The test build (`wxt build --mode e2e`, into .output/<target>-e2e/) keeps the hooks the
    // end-to-end tests read; in every other build the flag is false and the hooks are dropped.
    define: { 'import.meta.env.BACKSTORY_E2E': JSON.stringify(mode === 'e2e') },
    // The content script's context without WXT's page-visible start-up event (see the module).
    resolve: {
      alias: [
        {
          find: /^wxt\/utils\/content-script-context$/,
          replacement: resolve('extension/content/quiet-context.ts'),
        },
      ],
    },
  }),
  manifest: ({ browser }) => ({
    name: 'Backstory',
    description: 'Context, ratings and primary sources beside news about Russian interference in the 2016 US election.',
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus'],
    action: { default_title: 'Backstory' },
    commands: {
      'check-selection': { suggested_key: { default: 'Alt+Shift+B' }, description: 'Check selection with Backstory' },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'backstory@backstory.example.org',
          // Firefox ESR 140 (Debian bookworm's) is the oldest with data_collection_permissions on desktop.
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
});
