import { describe, expect, it } from 'vitest';
import { oncePerBuild } from '../../../../src/lib/build/once-per-build';

/** A maker that counts its calls and answers with the call's number and its argument. */
function counting() {
  let calls = 0;
  const make = (site: string) => ({ call: ++calls, site });
  return { make, calls: () => calls };
}

describe('oncePerBuild', () => {
  it('makes once in a build and gives every caller that same answer, made with the first call’s arguments', () => {
    const { make, calls } = counting();
    const shared = oncePerBuild(make, () => false);
    const first = shared('https://a.example/');
    expect(shared('https://b.example/')).toBe(first);
    expect(first).toEqual({ call: 1, site: 'https://a.example/' });
    expect(calls()).toBe(1);
  });

  it('makes afresh on every call where answers must stay fresh, as on the dev server', () => {
    const { make, calls } = counting();
    const fresh = oncePerBuild(make, () => true);
    expect(fresh('x')).toEqual({ call: 1, site: 'x' });
    expect(fresh('y')).toEqual({ call: 2, site: 'y' });
    expect(calls()).toBe(2);
  });

  it('keeps an answer that is undefined rather than making it again', () => {
    let calls = 0;
    const shared = oncePerBuild(
      () => {
        calls++;
        return undefined;
      },
      () => false,
    );
    shared();
    shared();
    expect(calls).toBe(1);
  });
});
