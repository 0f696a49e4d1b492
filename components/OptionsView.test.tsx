import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import type { OptionsViewModel, SettingsView } from '@/extension/view-model';
import { OptionsView } from './OptionsView';

afterEach(cleanup);

const settings: SettingsView = {
  highlights: true,
  fullHighlights: false,
  mode: 'automatic',
  disabledSites: ['news.example.org'],
};
const model: OptionsViewModel = { settings, datasetVersion: '2026.11.1', claimCount: 52 };

function renderOptions(m: OptionsViewModel = model) {
  const onChange = vi.fn<(s: SettingsView) => void>();
  render(<OptionsView model={m} onChange={onChange} />);
  return onChange;
}

test('controls reflect the settings and every one has a label', () => {
  renderOptions();
  expect((screen.getByLabelText('Highlight checked sentences on the page') as HTMLInputElement).checked).toBe(true);
  expect((screen.getByLabelText('Analyze pages automatically') as HTMLInputElement).checked).toBe(true);
  expect((screen.getByLabelText('Only when I click the toolbar button') as HTMLInputElement).checked).toBe(false);
  expect(screen.getByLabelText('Turn Backstory off for a site')).toBeTruthy();
  expect(screen.getByText(/Version 2026\.11\.1, 52 claims/)).toBeTruthy();
});

test('turning highlights off hands back the settings with highlights false', () => {
  const onChange = renderOptions();
  fireEvent.click(screen.getByLabelText('Highlight checked sentences on the page'));
  expect(onChange).toHaveBeenCalledExactlyOnceWith({ ...settings, highlights: false });
});

test('choosing the click-only mode hands back mode on-click', () => {
  const onChange = renderOptions();
  fireEvent.click(screen.getByLabelText('Only when I click the toolbar button'));
  expect(onChange).toHaveBeenCalledExactlyOnceWith({ ...settings, mode: 'on-click' });
});

test('Remove takes that site off the list', () => {
  const onChange = renderOptions({ ...model, settings: { ...settings, disabledSites: ['a.example', 'b.example'] } });
  fireEvent.click(screen.getByRole('button', { name: 'Remove a.example' }));
  expect(onChange).toHaveBeenCalledExactlyOnceWith({ ...settings, disabledSites: ['b.example'] });
});

test('with no disabled sites the page says Backstory looks everywhere', () => {
  renderOptions({ ...model, settings: { ...settings, disabledSites: [] } });
  expect(screen.getByText(/None: Backstory looks at every site/)).toBeTruthy();
  expect(screen.queryByRole('button', { name: /^Remove/ })).toBeNull();
});

function addSite(text: string) {
  const input = screen.getByLabelText('Turn Backstory off for a site') as HTMLInputElement;
  fireEvent.input(input, { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: 'Add' }));
  return input;
}

test.each([
  ['blog.example.com', 'blog.example.com'],
  ['https://WWW.Example.com/2018/03/story.html', 'www.example.com'],
])('adding %s disables the site %s and clears the field', (text, host) => {
  const onChange = renderOptions();
  const input = addSite(text);
  expect(onChange).toHaveBeenCalledExactlyOnceWith({ ...settings, disabledSites: ['news.example.org', host] });
  expect(input.value).toBe('');
});

test('adding a site already on the list changes nothing', () => {
  const onChange = renderOptions();
  addSite('news.example.org');
  expect(onChange).not.toHaveBeenCalled();
});

test('a field that names no site explains itself instead of saving', () => {
  const onChange = renderOptions();
  const input = addSite('not a site');
  expect(onChange).not.toHaveBeenCalled();
  expect(screen.getByRole('alert').textContent).toMatch(/Enter a site such as example\.com/);
  expect(input.getAttribute('aria-invalid')).toBe('true');
  expect(input.value).toBe('not a site');
});

test('full highlights: a second checkbox, only while highlights are on', () => {
  const onChange = renderOptions();
  fireEvent.click(screen.getByLabelText('Colour the whole sentence, not only a thin underline'));
  expect(onChange).toHaveBeenCalledExactlyOnceWith({ ...settings, fullHighlights: true });
  cleanup();
  renderOptions({ ...model, settings: { ...settings, highlights: false } });
  expect(
    (screen.getByLabelText('Colour the whole sentence, not only a thin underline') as HTMLInputElement).disabled,
  ).toBe(true);
});
