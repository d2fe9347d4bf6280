/**
 * A gate that lets at most `size` callers through at once; the others wait their turn in order.
 *
 * The history uses one for its large pages (more rows than the default): each is bounded on its
 * own (feed.ts), but eight of them read at once share the event loop eight ways, and a health
 * check then waits for eight batches per turn. Two at a time keep the loop's turns short and the
 * process's memory at two pages' worth, while the rest wait holding nothing but their request.
 */

/** Run `work` when fewer than `size` others are running; resolves with its result. */
export type Gate = <T>(work: () => Promise<T>) => Promise<T>;

/** A FIFO gate of `size` places. */
export function createGate(size: number): Gate {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (work) => {
    if (running >= size) await new Promise<void>((resolve) => waiting.push(resolve));
    else running += 1;
    try {
      return await work();
    } finally {
      const next = waiting.shift();
      if (next === undefined) running -= 1;
      else next();
    }
  };
}
