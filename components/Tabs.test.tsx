import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { Tabs } from './Tabs';

afterEach(cleanup);

const tabs = [
  { id: 'claims', label: 'Claims', panel: <p>claims panel</p> },
  { id: 'timeline', label: 'Timeline', panel: <p>timeline panel</p> },
  { id: 'glossary', label: 'People & organizations', panel: <p>glossary panel</p> },
];

function selectedTab() {
  const tab = screen.getAllByRole('tab').find((t) => t.getAttribute('aria-selected') === 'true');
  return tab?.textContent;
}

test('the first tab starts selected, alone in the Tab order, with its panel shown', () => {
  render(<Tabs tabs={tabs} label="Story" />);
  expect(screen.getByRole('tablist', { name: 'Story' })).toBeTruthy();
  expect(selectedTab()).toBe('Claims');
  expect(screen.getAllByRole('tab').map((t) => t.tabIndex)).toEqual([0, -1, -1]);
  const panel = screen.getByRole('tabpanel');
  expect(panel.textContent).toBe('claims panel');
  expect(panel.getAttribute('aria-labelledby')).toBe(screen.getByRole('tab', { name: 'Claims' }).id);
});

test.each([
  [['ArrowRight'], 'Timeline'],
  [['ArrowRight', 'ArrowRight'], 'People & organizations'],
  [['ArrowRight', 'ArrowRight', 'ArrowRight'], 'Claims'],
  [['ArrowLeft'], 'People & organizations'],
  [['End'], 'People & organizations'],
  [['End', 'Home'], 'Claims'],
  [['Enter'], 'Claims'],
])('keys %j move focus and selection to %s', (keys, expected) => {
  render(<Tabs tabs={tabs} label="Story" />);
  screen.getByRole('tab', { name: 'Claims' }).focus();
  for (const key of keys) fireEvent.keyDown(document.activeElement as Element, { key });
  expect(selectedTab()).toBe(expected);
  expect(document.activeElement?.textContent).toBe(expected);
  expect((document.activeElement as HTMLElement).tabIndex).toBe(0);
  expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe((document.activeElement as HTMLElement).id);
});

test('clicking a tab selects it and hides the other panels', () => {
  const { container } = render(<Tabs tabs={tabs} label="Story" />);
  fireEvent.click(screen.getByRole('tab', { name: 'Timeline' }));
  expect(selectedTab()).toBe('Timeline');
  expect(screen.getByRole('tabpanel').textContent).toBe('timeline panel');
  const hidden = [...container.querySelectorAll('[role=tabpanel][hidden]')].map((p) => p.textContent);
  expect(hidden).toEqual(['claims panel', 'glossary panel']);
});
