/**
 * A value that is expensive to build (a whole book's index) and may be a little stale: built on
 * first use, rebuilt in the background once it is older than `maxAgeMs` or marked stale, while
 * callers keep getting the previous one. Each server instance keeps its own, so several
 * instances over one PostgreSQL stay stateless: a change made through another instance shows
 * here within `maxAgeMs`.
 */
export interface RefreshingValueOptions {
  /** After this long, the next `get()` starts a rebuild (and still answers with the old value). */
  maxAgeMs: number;
  /** When true, `get()` waits for a rebuild instead of answering stale (tests, tiny books). */
  waitForFresh?: boolean;
  now?: () => number;
  /** Told when a background rebuild fails; the old value keeps being served. */
  onError?: (error: unknown) => void;
}

export class RefreshingValue<T> {
  #value: { value: T; builtAt: number } | undefined;
  #building: Promise<T> | undefined;
  #stale = false;
  readonly #build: () => Promise<T>;
  readonly #options: RefreshingValueOptions;

  constructor(build: () => Promise<T>, options: RefreshingValueOptions) {
    this.#build = build;
    this.#options = options;
  }

  /** The current value; the first call (and every call with `waitForFresh` when stale) waits for a build. */
  async get(): Promise<T> {
    const now = (this.#options.now ?? Date.now)();
    const current = this.#value;
    const stale = !current || this.#stale || now - current.builtAt >= this.#options.maxAgeMs;
    if (!stale) return current.value;
    const build = this.#rebuild();
    if (!current || this.#options.waitForFresh) return build;
    build.catch((error: unknown) => this.#options.onError?.(error));
    return current.value;
  }

  /** Marks the value stale: the next `get()` rebuilds it. */
  invalidate(): void {
    this.#stale = true;
  }

  #rebuild(): Promise<T> {
    if (this.#building) return this.#building;
    // Changes made while this build runs must trigger another one, so clear the flag first.
    this.#stale = false;
    const startedAt = (this.#options.now ?? Date.now)();
    this.#building = this.#build()
      .then((value) => {
        this.#value = { value, builtAt: startedAt };
        return value;
      })
      .catch((error: unknown) => {
        this.#stale = true;
        throw error;
      })
      .finally(() => {
        this.#building = undefined;
      });
    return this.#building;
  }
}
