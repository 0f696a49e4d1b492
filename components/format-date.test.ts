import { expect, test } from 'vitest';
import { formatDate } from './format-date';

test.each([
  ['2018-02-16', '16 Feb 2018'],
  ['2016-10-07', '7 Oct 2016'],
  ['2018-03', 'Mar 2018'],
  ['2016', '2016'],
  ['2018-13-01', '2018-13-01'],
  ['soon', 'soon'],
])('formatDate(%j) is %j', (iso, expected) => {
  expect(formatDate(iso)).toBe(expected);
});
