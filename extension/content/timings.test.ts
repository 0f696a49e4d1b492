import { expect, test } from 'vitest';
import { createTimings } from './timings';

test('steps and stopwatch shares are recorded in order, each with its own duration', () => {
  let now = 0;
  const clock = createTimings(() => now);
  clock.step('gate', () => {
    now += 2;
  });
  const watch = clock.stopwatch('highlight');
  now += 5;
  watch.record();
  now += 100; // waiting between tasks is not work
  watch.restart();
  now += 3;
  watch.record();
  expect(clock.timings.steps).toEqual([
    { name: 'gate', ms: 2 },
    { name: 'highlight', ms: 5 },
    { name: 'highlight', ms: 3 },
  ]);
  clock.reset();
  expect(clock.timings.steps).toEqual([]);
});

test('a step that throws is still recorded', () => {
  let now = 0;
  const clock = createTimings(() => now);
  expect(() =>
    clock.step('extract', () => {
      now += 4;
      throw new Error('page rebuilt itself');
    }),
  ).toThrow('page rebuilt itself');
  expect(clock.timings.steps).toEqual([{ name: 'extract', ms: 4 }]);
});
