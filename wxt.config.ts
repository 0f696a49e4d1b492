import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { datasetPlugin } from './dataset/compile/vite-plugin-dataset';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact(), datasetPlugin()],
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
    permissions: ['storage', 'activeTab', 'scripting'],
    action: { default_title: 'Backstory' },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'backstory@backstory.example.org',
          strict_min_version: '142.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
