// A stable merge sort that runs in short slices between frames: sorting 50k names with the
// Vietnamese collator takes 0.17 s, 100k over a third of a second, far more than a task may take
// while the user pans the graph. The result is what Array.prototype.sort gives: both are stable.

/** A slice's length: well under a frame. */
const SLICE_MS = 12;
/** Runs this long are sorted whole (about 1.5 ms each), then merged pairwise. */
const RUN = 1024;
/** How many merge steps run between two looks at the clock. */
const STEPS_PER_CHECK = 512;

function* mergeSort<T>(items: readonly T[], compare: (a: T, b: T) => number): Generator<void, T[]> {
  const count = items.length;
  let source = items.slice();
  for (let start = 0; start < count; start += RUN) {
    const run = source.slice(start, start + RUN).sort(compare);
    for (let i = 0; i < run.length; i += 1) source[start + i] = run[i];
    yield;
  }
  let target = new Array<T>(count);
  for (let width = RUN; width < count; width *= 2) {
    for (let low = 0; low < count; low += 2 * width) {
      const middle = Math.min(low + width, count);
      const high = Math.min(low + 2 * width, count);
      let left = low;
      let right = middle;
      let next = low;
      while (left < middle && right < high) {
        // The left one first when equal: that keeps the sort stable.
        target[next++] =
          compare(source[right], source[left]) < 0 ? source[right++] : source[left++];
        if (next % STEPS_PER_CHECK === 0) yield;
      }
      while (left < middle) target[next++] = source[left++];
      while (right < high) target[next++] = source[right++];
    }
    [source, target] = [target, source];
  }
  return source;
}

/**
 * Sorts each list in slices and hands the sorted lists, in the same order, to `done`. Answers a
 * function that stops the sort (`done` is then never called).
 */
export function sortInSlices<T>(
  lists: readonly (readonly T[])[],
  compare: (a: T, b: T) => number,
  done: (sorted: T[][]) => void,
): () => void {
  const sorted: T[][] = [];
  let current: Generator<void, T[]> | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const slice = () => {
    const until = performance.now() + SLICE_MS;
    while (performance.now() < until) {
      current ??= mergeSort(lists[sorted.length], compare);
      const step = current.next();
      if (!step.done) continue;
      sorted.push(step.value);
      current = null;
      if (sorted.length === lists.length) {
        timer = undefined;
        done(sorted);
        return;
      }
    }
    timer = setTimeout(slice, 0);
  };
  if (lists.length === 0) done([]);
  else timer = setTimeout(slice, 0);
  return () => clearTimeout(timer);
}
