/**
 * What a test file (or a describe block) starts once and closes after its last test: `start` runs in
 * a beforeAll (with `timeout`, when given), `close` in an afterAll, both registered here with jest.
 * The handle it returns forwards every property to what `start` gave, so a file writes
 *
 *     const run = forThisFile(() => startParty(city));
 *
 * and uses `run.gql(...)` in its tests as before. Each file calls it for itself: nothing started here
 * is shared with another file, and touching the handle before its beforeAll has run is an error.
 */
export function forThisFile<T extends { close(): unknown }>(
  start: () => Promise<T>,
  timeout?: number,
): T {
  let current: T | undefined;
  beforeAll(async () => {
    current = await start();
  }, timeout);
  // A start that failed leaves nothing to close: jest reports the beforeAll's own error.
  afterAll(async () => {
    await current?.close();
  }, timeout);
  return new Proxy({} as T & object, {
    get(_target, key) {
      if (!current) {
        // Not a promise (a stray `await handle` must not throw), and plainly not started yet.
        if (key === 'then') return undefined;
        throw new Error(`forThisFile: "${String(key)}" asked before beforeAll started it`);
      }
      const value: unknown = Reflect.get(current, key);
      return typeof value === 'function' ? value.bind(current) : value;
    },
    has: (_target, key) => current !== undefined && Reflect.has(current, key),
  });
}
