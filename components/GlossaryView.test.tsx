import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { GlossaryView } from './GlossaryView';
import { glossary } from './test-fixtures';

afterEach(cleanup);

test('the glossary groups people before organizations and lists aliases', () => {
  render(<GlossaryView entries={[...glossary].reverse()} />);
  const headings = screen.getAllByRole('heading').map((h) => h.textContent);
  expect(headings).toEqual([
    'People & organizations',
    'People',
    'Vladimir Putin',
    'Organizations',
    'Internet Research Agency',
  ]);
  expect(screen.getByText(/^Also called: Putin, President Putin/)).toBeTruthy();
});
