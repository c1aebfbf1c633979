/**
 * `make`, called once per build and its answer shared by every page that asks: for data that several routes need
 * and that costs a pass over the whole archive. The dev server keeps modules between requests, so there (`fresh`)
 * every call makes it afresh, and an edit shows at once. The first call's arguments are the build's.
 */
export function oncePerBuild<Args extends unknown[], Answer>(
  make: (...args: Args) => Answer,
  fresh: () => boolean = () => import.meta.env.DEV,
): (...args: Args) => Answer {
  let answer: { value: Answer } | undefined;
  return (...args) => {
    if (fresh()) return make(...args);
    answer ??= { value: make(...args) };
    return answer.value;
  };
}
