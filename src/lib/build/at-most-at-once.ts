/**
 * `task`, running for at most `limit` calls at a time; the other calls wait their turn, in the order they were made.
 * A call that ends hands its turn straight to the first one waiting, so the limit holds exactly.
 */
export function atMostAtOnce<A, R>(limit: number, task: (arg: A) => Promise<R>): (arg: A) => Promise<R> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (arg) => {
    if (running < limit) running++;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await task(arg);
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
}
