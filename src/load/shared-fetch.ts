// One request and one validated, frozen document per absolute `src` URL, shared by every element of
// the page that asks for it.
//
// This is module state, the one exception beside the UI locale to "nothing global": it belongs to the
// page, as the browser's cache of what a page has fetched does, and elements of one page that ask for
// the same URL want the same answer. It stays small: the requests in flight (each aborted when no
// element waits for it any more), and the valid documents fetched, by URL (at most KEPT_URLS), held
// weakly while anything on the page (an element, a listener of civic-load) holds them, the last few
// strongly (RECENT_COUNT, RECENT_BYTES), so that a single-page app that unmounts and mounts its
// widgets does not fetch again. Failures are not kept, nor an answer its server sent with
// `Cache-Control: no-store`: the next element, or one connected again, asks again.
import type { StoryDocument } from '../schema/types.js';
import type { LoadFailure } from './story-controller.js';
import { checkInSteps } from '../schema/check.js';
import { boundIssue, parseJson, settleDocument } from './document.js';

/** Why a shared request failed, the same for every element waiting on it: each adds its own `src` as `url`. */
export type FetchFailure = LoadFailure extends infer F ? (F extends LoadFailure ? Omit<F, 'url'> : never) : never;

/**
 * What a request came to. `bytes` is the larger of the declared Content-Length and the bytes read:
 * an element whose `max-bytes` is below it refuses the document, exactly as its own request would
 * have. `over`: the answer passed the byte cap of the request, which is at least every waiting
 * element's own.
 */
export type FetchOutcome =
  | { status: 'ready'; document: Readonly<StoryDocument>; bytes: number }
  | { status: 'over' }
  | { status: 'failed'; failure: FetchFailure };

/** An element's place in a shared request. */
export interface Ticket {
  /** The whole answer has arrived (what is left is validation, which the element's timeout does not bound). */
  readonly received: boolean;
  /** The element no longer waits (a newer source, disconnection, its own timeout); the last one to leave aborts the request. */
  leave(): void;
}

/** A fetched, valid document. */
export interface KeptDocument {
  document: Readonly<StoryDocument>;
  bytes: number;
}

/** How many documents no element holds any more stay in memory, and how large they may be together (bytes of JSON). */
const RECENT_COUNT = 4;
const RECENT_BYTES = 2 * 1024 * 1024;
/** URLs remembered with a weakly held document (the oldest is forgotten first). */
const KEPT_URLS = 32;

const pending = new Map<string, SharedLoad>();
const kept = new Map<string, { document: WeakRef<Readonly<StoryDocument>>; bytes: number }>();
let recent: ({ url: string } & KeptDocument)[] = [];

/** The document fetched from this absolute URL, when the page still has it. */
export function keptDocument(url: string): KeptDocument | undefined {
  const entry = kept.get(url);
  const document = entry?.document.deref();
  if (!entry || !document) {
    kept.delete(url);
    return undefined;
  }
  remember(url, { document, bytes: entry.bytes });
  return { document, bytes: entry.bytes };
}

/**
 * Waits for the document at this absolute URL, read up to `maxBytes`: joins the request in flight for
 * it (raising its byte cap if need be), or starts one. `done` is called once, unless the ticket is
 * left first.
 */
export function joinLoad(url: string, maxBytes: number, done: (outcome: FetchOutcome) => void): Ticket {
  const joined = pending.get(url) ?? new SharedLoad(url);
  joined.waiters.set(done, maxBytes);
  if (!pending.has(url)) {
    pending.set(url, joined);
    void joined.run();
  }
  return {
    get received() {
      return joined.received;
    },
    leave: () => joined.leave(done),
  };
}

function remember(url: string, document: KeptDocument): void {
  kept.delete(url);
  kept.set(url, { document: new WeakRef(document.document), bytes: document.bytes });
  if (kept.size > KEPT_URLS) kept.delete(kept.keys().next().value!);
  recent = [...recent.filter((entry) => entry.url !== url), { url, ...document }];
  let bytes = recent.reduce((sum, entry) => sum + entry.bytes, 0);
  while (recent.length > RECENT_COUNT || bytes > RECENT_BYTES) bytes -= recent.shift()!.bytes;
}

/** Lets the browser run other tasks (input, paint) between the steps of a load. */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

const READ_PER_TASK = 1024 * 1024;

/** The body as text and its size, read chunk by chunk; undefined (and the rest is not read) as soon as it passes `limit()`. */
async function readBody(response: Response, limit: () => number): Promise<{ text: string; bytes: number } | undefined> {
  const reader = response.body?.getReader();
  if (!reader) {
    const text = await response.text();
    return text.length > limit() ? undefined : { text, bytes: text.length };
  }
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let bytes = 0;
  let sinceTask = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > limit()) {
      void reader.cancel().catch(() => undefined);
      return undefined;
    }
    parts.push(decoder.decode(value, { stream: true }));
    // Chunks that have already arrived are read one after the other in the same task: let the page
    // run after every megabyte.
    if ((sinceTask += value.byteLength) >= READ_PER_TASK) {
      sinceTask = 0;
      await nextTask();
    }
  }
  parts.push(decoder.decode());
  return { text: parts.join(''), bytes };
}

/** One request, read, parsed and validated once for every element waiting on it. */
class SharedLoad {
  /** Each waiting element's callback, with its `max-bytes`. */
  readonly waiters = new Map<(outcome: FetchOutcome) => void, number>();
  received = false;
  private readonly request = new AbortController();

  constructor(private readonly url: string) {}

  /** The byte cap: the largest of the waiting elements' (an element with a smaller one maps the answer through its own). */
  private limit = (): number => Math.max(0, ...this.waiters.values());

  leave(done: (outcome: FetchOutcome) => void): void {
    if (!this.waiters.delete(done) || this.waiters.size) return;
    // Nobody waits any more: stop the request (and any validation still to come).
    this.request.abort();
    if (pending.get(this.url) === this) pending.delete(this.url);
  }

  async run(): Promise<void> {
    const { request, url } = this;
    let outcome: FetchOutcome | undefined;
    let text: string | undefined;
    let base = url;
    let bytes = 0;
    let keep = true;
    try {
      const response = await fetch(url, { signal: request.signal, credentials: 'same-origin', headers: { accept: 'application/json' } });
      const declared = Number(response.headers.get('content-length') ?? NaN);
      // A server that forbids storing its answer wants it asked for again each time.
      keep = !/no-store/i.test(response.headers.get('cache-control') ?? '');
      if (!response.ok) {
        outcome = { status: 'failed', failure: { kind: 'http', status: response.status } };
      } else if (declared > this.limit()) {
        outcome = { status: 'over' };
      } else {
        const body = await readBody(response, this.limit);
        if (!body) {
          outcome = { status: 'over' };
        } else {
          text = body.text;
          bytes = Math.max(body.bytes, declared || 0);
        }
        base = response.url || url;
      }
    } catch {
      outcome = { status: 'failed', failure: { kind: 'network', ...(url.startsWith('file:') ? { file: true } : {}) } };
    }
    if (request.signal.aborted) return;
    this.received = true;
    if (outcome) {
      // Anything left unread (an error page, the rest of a too-large answer) is not downloaded.
      request.abort();
    } else if (text !== undefined) {
      // The size bounds, parsing and each step of validation get a task of their own, so the page
      // stays responsive: none of them holds the main thread for long.
      await nextTask();
      if (request.signal.aborted) return;
      const issue = boundIssue(text);
      if (issue) {
        outcome = { status: 'failed', failure: { kind: 'too-large', from: 'src', issues: [issue] } };
      } else {
        await nextTask();
        if (request.signal.aborted) return;
        const parsed = parseJson(text);
        if (parsed.ok) {
          await nextTask();
          if (request.signal.aborted) return;
          const result = await checkInSteps(parsed.value, nextTask);
          if (request.signal.aborted) return;
          if (result.ok) outcome = { status: 'ready', document: settleDocument(result.document, base), bytes };
          else outcome = { status: 'failed', failure: result.tooLarge ? { kind: 'too-large', from: 'src', issues: result.issues } : { kind: 'invalid', issues: result.issues } };
        } else {
          outcome = { status: 'failed', failure: { kind: 'not-json', from: 'src' } };
        }
      }
    }
    if (!outcome) return;
    if (pending.get(url) === this) pending.delete(url);
    if (outcome.status === 'ready' && keep) remember(url, { document: outcome.document, bytes: outcome.bytes });
    const waiters = [...this.waiters.keys()];
    this.waiters.clear();
    for (const done of waiters) done(outcome);
  }
}
