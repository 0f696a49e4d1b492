import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OptionsView } from '@/components/OptionsView';
import type { DatasetInfo } from '@/extension/handle-message';
import { readSettings, type Settings, writeSettings } from '@/extension/settings';
import './style.css';

const root = document.getElementById('app');

async function show(settings: Settings, info: DatasetInfo) {
  if (!root) return;
  render(
    <OptionsView
      model={{ settings, datasetVersion: info.version, claimCount: info.claimCount }}
      onChange={async (next) => {
        await writeSettings(next);
        await show(await readSettings(), info);
      }}
    />,
    root,
  );
}

async function start() {
  const info = ((await browser.runtime.sendMessage({ type: 'get-dataset-info' })) as DatasetInfo | undefined) ?? {
    version: 'unknown',
    claimCount: 0,
  };
  await show(await readSettings(), info);
}

void start();
