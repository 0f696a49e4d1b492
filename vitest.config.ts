import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { datasetPlugin } from './dataset/compile/vite-plugin-dataset';

export default defineConfig({
  plugins: [WxtVitest(), preact(), datasetPlugin()],
  test: {
    environment: 'happy-dom',
    include: ['{engine,dataset,extension,components,entrypoints,tests,scripts}/**/*.test.{ts,tsx}'],
  },
});
