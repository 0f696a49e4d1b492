import { cleanup, render, within } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { TimelineView } from './TimelineView';
import { timeline } from './test-fixtures';

afterEach(cleanup);

test('the timeline lists events in dataset order with readable dates and their sources', () => {
  const { container } = render(<TimelineView events={timeline} />);
  const events = [...container.querySelectorAll<HTMLElement>('.timeline__event')];
  expect(events.map((e) => e.querySelector('time')?.textContent)).toEqual(['7 Oct 2016', '16 Feb 2018']);
  expect(events.map((e) => e.querySelector('time')?.getAttribute('datetime'))).toEqual(['2016-10-07', '2018-02-16']);
  const [first] = events;
  if (!first) throw new Error('no event');
  expect(within(first).getByRole('heading', { level: 3 }).textContent).toBe('DHS and ODNI blame Moscow for the hacks');
  expect(within(first).getByText('Sources (2)')).toBeTruthy();
  expect(first.querySelector('.source__kind')?.textContent).toBe('Primary document');
});
