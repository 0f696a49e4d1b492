import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { datasetPlugin } from './dataset/compile/vite-plugin-dataset';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact(), datasetPlugin()] }),
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
          strict_min_version: '142.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
