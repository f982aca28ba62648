import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The items a long list puts in the DOM in its first update: more than a screen holds. */
export const FIRST_STEP = 100;

/** The work each later step aims at (ms): under the 50 ms at which a task counts as long. */
export const STEP_BUDGET = 40;

/**
 * When the rest of the list is expected to take no longer than this (ms), measured on the first
 * step, it is rendered at once, in the same task: a list of 1,000 short entries costs one task, as
 * without steps, and only a longer one is spread over tasks. With the work before the first step
 * (validation, preparation) and the style and layout after, a task at once stays well under 200 ms.
 */
export const AT_ONCE_BUDGET = 100;

/** The fewest items a later step adds, however slow the last step was. */
const MIN_STEP = 10;

type Cancel = () => void;

interface TaskScheduler {
  postTask(callback: () => void, options: { signal: AbortSignal }): Promise<unknown>;
}

/** Runs `callback` in a task of its own, after the browser had a chance to handle input and paint. */
function inNextTask(callback: () => void): Cancel {
  const scheduler = (globalThis as { scheduler?: Partial<TaskScheduler> }).scheduler;
  if (typeof scheduler?.postTask === 'function') {
    const abort = new AbortController();
    // An aborted task rejects; nothing waits for it.
    scheduler.postTask(callback, { signal: abort.signal }).catch(() => undefined);
    return () => abort.abort();
  }
  const timer = setTimeout(callback);
  return () => clearTimeout(timer);
}

/**
 * Renders a long list in steps: the first update renders the first FIRST_STEP items (a screenful,
 * painted at once); if the rest is expected to fit in AT_ONCE_BUDGET ms it follows in the same task,
 * else each later task adds as many more as fit in about STEP_BUDGET ms (measured on the step
 * before), until every item is in the DOM. No task holds the main thread long, and input,
 * paint and find-in-page stay live in between. The view asks `limit()` how many items to render;
 * a new list (another key) starts over. Disconnection pauses the steps, connection resumes them.
 *
 * `rendering` is a promise while items are still to come; it resolves once the last one is
 * rendered, or when the list is no longer shown.
 */
export class RenderSteps implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private key: unknown;
  /** How many items to render: grows step by step. */
  private count = 0;
  /** How many items the last update rendered, and how many the one before. */
  private rendered = 0;
  private renderedBefore = 0;
  private total = 0;
  private asked = false;
  private started = 0;
  /** The cost of one item (ms), measured on the last step. */
  private perItem = 0;
  private cancel: Cancel | undefined;
  private pending: { promise: Promise<void>; resolve: () => void } | undefined;
  /** Woken at every step and at disconnection, for `settled()`. */
  private wake: (() => void)[] = [];

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  /** While items are still to be rendered: resolves when all are (or the list is gone). */
  get rendering(): Promise<void> | undefined {
    return this.pending?.promise;
  }

  /**
   * How many of `total` items to render in this update. A key other than the last one's (another
   * document) starts over with the first step.
   */
  limit(key: unknown, total: number): number {
    if (key !== this.key) {
      this.key = key;
      this.count = FIRST_STEP;
      this.rendered = 0;
      this.perItem = 0;
    }
    this.asked = true;
    // What the items cost is measured from here: the work before (validation, preparing the whole
    // list) is done once, not per item.
    this.started = performance.now();
    this.total = total;
    const limit = Math.min(this.count, total);
    this.renderedBefore = this.rendered;
    this.rendered = limit;
    if (limit < total && !this.pending) {
      let resolve!: () => void;
      const promise = new Promise<void>((done) => (resolve = done));
      this.pending = { promise, resolve };
    }
    return limit;
  }

  /**
   * Resolves when no step is left that would run now: every item is rendered, or the host is
   * disconnected (the steps wait for it to come back).
   */
  async settled(): Promise<void> {
    while (this.pending && this.host.isConnected) {
      await new Promise<void>((wake) => this.wake.push(wake));
    }
  }

  hostUpdate(): void {
    this.asked = false;
  }

  hostUpdated(): void {
    if (!this.asked) {
      // The list is not shown (an error, loading, an empty document): a list shown later starts over.
      this.key = undefined;
      this.finish();
    } else if (this.rendered >= this.total) {
      this.count = Math.max(this.count, this.total);
      this.finish();
    } else {
      const added = this.rendered - this.renderedBefore;
      if (added > 0) {
        this.perItem = (performance.now() - this.started) / added;
      }
      if (this.renderedBefore === 0 && this.perItem * (this.total - this.rendered) <= AT_ONCE_BUDGET) {
        // The rest fits in the budget: render it in this task, right after this update.
        this.count = this.total;
        queueMicrotask(() => this.host.requestUpdate());
      } else {
        this.schedule();
      }
    }
    this.wakeWaiters();
  }

  hostConnected(): void {
    if (this.pending) this.schedule();
  }

  hostDisconnected(): void {
    this.cancel?.();
    this.cancel = undefined;
    this.wakeWaiters();
  }

  private schedule(): void {
    if (this.cancel || !this.host.isConnected) return;
    this.cancel = inNextTask(() => {
      this.cancel = undefined;
      const step = this.perItem > 0 ? Math.floor(STEP_BUDGET / this.perItem) : FIRST_STEP;
      this.count = this.rendered + Math.max(MIN_STEP, step);
      this.host.requestUpdate();
    });
  }

  private finish(): void {
    this.cancel?.();
    this.cancel = undefined;
    const pending = this.pending;
    this.pending = undefined;
    pending?.resolve();
  }

  private wakeWaiters(): void {
    const wake = this.wake;
    this.wake = [];
    for (const resolve of wake) resolve();
  }
}
