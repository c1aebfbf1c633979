import { describe, expect, it } from 'vitest';
import { atMostAtOnce } from '../../../../src/lib/build/at-most-at-once';

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 1));

describe('atMostAtOnce', () => {
  it('never runs more than the limit at once, calls arriving while others end included, and answers each call', async () => {
    let running = 0;
    let most = 0;
    const limited = atMostAtOnce(3, async (n: number) => {
      running++;
      most = Math.max(most, running);
      await tick();
      running--;
      return n * 2;
    });
    const first = Array.from({ length: 10 }, (_, n) => limited(n));
    await tick();
    const later = Array.from({ length: 10 }, (_, n) => limited(n + 10));
    expect(await Promise.all([...first, ...later])).toEqual(Array.from({ length: 20 }, (_, n) => n * 2));
    expect(most).toBe(3);
  });

  it('starts waiting calls in the order they were made, and goes on after a call fails', async () => {
    const started: number[] = [];
    const limited = atMostAtOnce(1, async (n: number) => {
      started.push(n);
      await tick();
      if (n === 1) throw new Error('one fails');
      return n;
    });
    const results = await Promise.allSettled([0, 1, 2, 3].map(limited));
    expect(started).toEqual([0, 1, 2, 3]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
  });
});
