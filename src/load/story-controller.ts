import { isServer } from 'lit';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { check } from '../schema/check.js';
import type { Finding } from '../schema/check.js';
import type { StoryDocument } from '../schema/types.js';
import { errorStringsLoaded, errorStringsReady } from '../i18n/localization.js';
import { boundIssue, parseJson, settleResult, validateData } from './document.js';
import type { SettledResult } from './document.js';
import { joinLoad, keptDocument } from './shared-fetch.js';
import type { FetchOutcome, Ticket } from './shared-fetch.js';
import { emit } from './events.js';
import type { CivicErrorDetail, CivicErrorKind } from './events.js';
import { fallbackText, failureTexts, loadFailureTexts } from './failure-text-loader.js';
import type { FailureText } from './failure-text-loader.js';

/**
 * The largest `src` answer (and inline JSON text) an element reads by default: 8 MiB. A story with
 * 2,000 initiatives, each with title, summary and outcome in three languages, is about 7 MB.
 */
export const DEFAULT_MAX_BYTES = 8 * 1024 * 1024;

/** How long an element waits by default for a `src` answer to be complete, in milliseconds. */
export const DEFAULT_TIMEOUT = 15_000;

/**
 * Why a document could not be shown. Problems are named, not yet written out: the text of each
 * (failure-text.ts) loads only when there is one to show.
 */
export type LoadFailure =
  | { kind: 'http'; status: number; url: string }
  /** `file`: the page was opened from a file (file://), where browsers allow no fetch. */
  | { kind: 'network'; url: string; file?: boolean }
  | { kind: 'timeout'; url: string; timeout: number }
  /** Over the byte cap (`limit`, no issues), or over a count bound of the format (the issues name it). */
  | { kind: 'too-large'; from: 'src' | 'inline' | 'data'; url?: string; limit?: number; issues: Finding[] }
  | { kind: 'not-json'; from: 'src' | 'inline'; url?: string }
  | { kind: 'invalid'; issues: Finding[] };

/** What the element has to show. */
export type LoadState =
  /** No data source was given (no `.data`, no inline JSON, no `src`). */
  | { status: 'none' }
  | { status: 'loading'; url: string }
  | { status: 'ready'; document: Readonly<StoryDocument> }
  | { status: 'error'; failure: LoadFailure };

/** The element a StoryController serves: it has the three data sources (`.data`, inline JSON, `src`) and the loader's bounds. */
export interface StoryHost extends ReactiveControllerHost, HTMLElement {
  /** A story document as a JavaScript value; wins over inline JSON and `src`. */
  data: unknown;
  /** URL of a story document to fetch when there is neither `.data` nor inline JSON. */
  src: string | undefined;
  /** The largest `src` answer or inline JSON to read, in bytes (default DEFAULT_MAX_BYTES). */
  maxBytes?: number | undefined;
  /** How long to wait for a complete `src` answer, in milliseconds (default DEFAULT_TIMEOUT). */
  timeout?: number | undefined;
  /**
   * A view that renders in steps across tasks (a long list) gives the promise of its last step
   * while steps are left; `civic-load` waits for it, so the event means the whole view is there.
   */
  readonly renderingSteps?: Promise<void> | undefined;
}

/** What the error view shows: the failure's text, and whether it is complete (else the fallback: a heading and each problem's place). */
export interface ErrorText extends FailureText {
  complete: boolean;
}

/** The `civic-error` detail for a failure, with its text. */
export function errorDetail(failure: LoadFailure, text: FailureText): CivicErrorDetail {
  const kind: CivicErrorKind = failure.kind;
  const detail: CivicErrorDetail = { kind, message: text.message, issues: text.issues };
  if ('url' in failure && failure.url !== undefined) detail.url = failure.url;
  if (failure.kind === 'http') detail.status = failure.status;
  return detail;
}

const INLINE_SELECTOR = ':scope > script[type="application/json"]';
const INLINE_SCRIPT = 'script[type="application/json"]';

/** A positive number from a property (attributes arrive as numbers, or NaN for a typo), else the default. */
const positive = (value: unknown, fallback: number): number => (typeof value === 'number' && value > 0 && Number.isFinite(value) ? value : fallback);

/**
 * Loads the story document for a component: `.data`, else an inline `<script type="application/json">`
 * child (or one assigned to a `<slot>` child, when a wrapping component passes its own content on),
 * else `src` (fetched once for every element of the page that asks for the same URL, see
 * shared-fetch.ts; a newer `src`, disconnection or the element's own timeout ends its wait, and the
 * request with the last one waiting; an element connected again while it loaded asks again). Work is
 * bounded: the answer is read up to `maxBytes`, the element waits `timeout` at most for it, and
 * validation checks sizes before contents. A `.data` object given to several elements at once is
 * validated once. Keeps the validated, frozen document for the view and reports `civic-load` /
 * `civic-error` once the view shows the result. It never throws: every failure becomes an error
 * state and an event.
 */
export class StoryController implements ReactiveController {
  private current: LoadState = { status: 'none' };

  /**
   * What the view shows. Server rendering (@lit-labs/ssr) calls neither `hostConnected` nor
   * `hostUpdate`, so there the state is worked out from `.data` when the view reads it.
   */
  get state(): LoadState {
    if (isServer) this.hostUpdate();
    return this.current;
  }

  set state(state: LoadState) {
    this.current = state;
    this.describing = undefined;
    if (state.status === 'error') this.describe(state);
  }

  /** The error state whose text can be built (its messages have loaded, or could not load). */
  private described: LoadState | undefined;

  /** Whether the state is an error whose text is still loading (the view goes on showing that it loads). */
  get errorPending(): boolean {
    return this.state.status === 'error' && this.described !== this.state;
  }

  /** While the messages of the current error load: settles once the view can show it. */
  describing: Promise<void> | undefined;

  /**
   * The error view's text, in the UI language of the moment: undefined while its messages load (the
   * view goes on showing that it loads). Without the messages module, the fallback text.
   */
  get errorText(): ErrorText | undefined {
    const state = this.state;
    if (state.status !== 'error' || this.errorPending) return undefined;
    const module = failureTexts();
    if (module) {
      try {
        return { ...module.failureText(state.failure), complete: true };
      } catch {
        // A message that cannot be built: the fallback says where the problems are.
      }
    }
    return { ...fallbackText(state.failure), complete: false };
  }

  /** Loads the messages of an error (once per page) and the translations of the UI locale's, then shows it. */
  private describe(state: LoadState): void {
    if (isServer || (failureTexts() && errorStringsLoaded())) {
      this.described = state;
      return;
    }
    const describing: Promise<void> = Promise.all([loadFailureTexts(), errorStringsReady()]).then(() => {
      if (this.describing === describing) this.describing = undefined;
      if (this.current !== state) return;
      this.described = state;
      this.host.requestUpdate();
    });
    this.describing = describing;
  }

  private readonly host: StoryHost;
  /** The inputs the current state was made from; a change to any of them loads again. */
  private seen: { data: unknown; inline: string | undefined; src: string | undefined; maxBytes: number; timeout: number } | undefined;
  /** This element's place in the page's request for its `src`, while it waits, and its own timeout. */
  private ticket: Ticket | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private observer: MutationObserver | undefined;
  /** Watches a slotted inline script, which lives in another tree than the host's children. */
  private slottedObserver: MutationObserver | undefined;
  private slotted: HTMLScriptElement | undefined;
  private inline: string | undefined;
  private reported: LoadState | undefined;

  constructor(host: StoryHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.readInline();
    // A CMS or framework may add or edit the inline JSON after the element is connected.
    this.observer ??= new MutationObserver(() => {
      if (this.readInline()) this.host.requestUpdate();
    });
    this.observer.observe(this.host, { childList: true, characterData: true, subtree: true });
    // Disconnected while loading (removed, or moved to another parent): load again now.
    if (!this.seen) this.host.requestUpdate();
    // `slotchange` bubbles from a `<slot>` child to the host when what is assigned to it changes.
    this.host.addEventListener('slotchange', this.onSlotChange);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.host.removeEventListener('slotchange', this.onSlotChange);
    this.slottedObserver?.disconnect();
    this.slotted = undefined;
    if (this.ticket) {
      this.leave();
      this.seen = undefined;
    }
  }

  hostUpdate(): void {
    const { data, src } = this.host;
    // Only the source in use counts: with `.data` set, a change to the inline JSON or `src` loads
    // nothing again (writeInlineJson() writes the same document into the element).
    const given = data !== undefined && data !== null;
    const inline = given ? undefined : this.inline;
    const url = given || inline !== undefined ? undefined : src;
    const maxBytes = positive(this.host.maxBytes, DEFAULT_MAX_BYTES);
    const timeout = positive(this.host.timeout, DEFAULT_TIMEOUT);
    const seen = this.seen;
    if (seen && seen.data === data && seen.inline === inline && seen.src === url && seen.maxBytes === maxBytes && seen.timeout === timeout) return;
    this.seen = { data, inline, src: url, maxBytes, timeout };
    this.resolve(data, inline, url, maxBytes, timeout);
  }

  hostUpdated(): void {
    const state = this.state;
    if (state === this.reported || state.status === 'loading' || state.status === 'none') return;
    // An error is reported once its text is shown.
    if (this.errorPending) return;
    this.reported = state;
    // After the update, so listeners see the rendered result and may set properties without
    // scheduling an update from inside one; after the view's last step if it renders in steps.
    const report = (): void => {
      if (state !== this.state) return;
      if (state.status === 'ready') emit(this.host, 'civic-load', { document: state.document });
      else if (state.status === 'error') emit(this.host, 'civic-error', errorDetail(state.failure, this.errorText!));
    };
    const steps = this.host.renderingSteps;
    if (steps) void steps.then(report);
    else queueMicrotask(report);
  }

  private readonly onSlotChange = (): void => {
    if (this.readInline()) this.host.requestUpdate();
  };

  /** The inline JSON: a child of the host, else the first one assigned to a `<slot>` child. */
  private findInline(): HTMLScriptElement | undefined {
    const own = this.host.querySelector<HTMLScriptElement>(INLINE_SELECTOR);
    if (own) return own;
    for (const slot of this.host.querySelectorAll<HTMLSlotElement>(':scope > slot')) {
      const script = slot.assignedElements({ flatten: true }).find((element) => element.matches(INLINE_SCRIPT));
      if (script) return script as HTMLScriptElement;
    }
    return undefined;
  }

  /** Reads the inline JSON; true when its text changed. */
  private readInline(): boolean {
    const script = this.findInline();
    this.watchSlotted(script && script.parentNode !== this.host ? script : undefined);
    const text = script?.textContent ?? undefined;
    if (text === this.inline) return false;
    this.inline = text;
    return true;
  }

  private watchSlotted(script: HTMLScriptElement | undefined): void {
    if (script === this.slotted) return;
    this.slottedObserver?.disconnect();
    this.slotted = script;
    if (!script) return;
    this.slottedObserver ??= new MutationObserver(() => {
      if (this.readInline()) this.host.requestUpdate();
    });
    this.slottedObserver.observe(script, { childList: true, characterData: true, subtree: true });
  }

  private resolve(data: unknown, inline: string | undefined, src: string | undefined, maxBytes: number, timeout: number): void {
    this.leave();
    if (data !== undefined && data !== null) {
      this.state = stateOf(validateData(data), 'data');
    } else if (inline !== undefined) {
      if (inline.length > maxBytes) {
        this.state = { status: 'error', failure: { kind: 'too-large', from: 'inline', limit: maxBytes, issues: [] } };
      } else {
        const issue = boundIssue(inline);
        const parsed = issue ? undefined : parseJson(inline);
        if (issue) this.state = { status: 'error', failure: { kind: 'too-large', from: 'inline', issues: [issue] } };
        else if (parsed?.ok) this.state = stateOf(settleResult(check(parsed.value)), 'inline');
        else this.state = { status: 'error', failure: { kind: 'not-json', from: 'inline' } };
      }
    } else if (src) {
      // A server render shows the loading view; the browser fetches once the element hydrates.
      this.state = isServer ? { status: 'loading', url: src } : this.load(src, maxBytes, timeout);
    } else {
      this.state = { status: 'none' };
    }
  }

  /**
   * The state for `src`: the document the page already has from that URL (resolved against the page's
   * base URL, as fetch() resolves it), else loading, with this element waiting on the page's one
   * request for it. The element's own timeout ends only its own wait.
   */
  private load(src: string, maxBytes: number, timeout: number): LoadState {
    let url: string;
    try {
      url = new URL(src, document.baseURI).href;
    } catch {
      return { status: 'error', failure: { kind: 'network', url: src } };
    }
    const kept = keptDocument(url);
    if (kept) return srcState({ status: 'ready', ...kept }, src, maxBytes);
    const ticket = joinLoad(url, maxBytes, (outcome) => {
      if (this.ticket !== ticket) return;
      this.finish(srcState(outcome, src, maxBytes));
    });
    this.ticket = ticket;
    this.timer = setTimeout(() => {
      if (this.ticket === ticket && !ticket.received) this.finish({ status: 'error', failure: { kind: 'timeout', url: src, timeout } });
    }, timeout);
    return { status: 'loading', url: src };
  }

  private finish(state: LoadState): void {
    this.leave();
    this.state = state;
    this.host.requestUpdate();
  }

  /** Stops waiting for a `src` answer (the request goes on while other elements wait for it). */
  private leave(): void {
    clearTimeout(this.timer);
    this.ticket?.leave();
    this.ticket = undefined;
  }
}

/** The state for a validated `.data` value or inline JSON. */
function stateOf(result: SettledResult, from: 'inline' | 'data'): LoadState {
  if (result.ok) return { status: 'ready', document: result.document };
  if (result.tooLarge) return { status: 'error', failure: { kind: 'too-large', from, issues: result.issues } };
  return { status: 'error', failure: { kind: 'invalid', issues: result.issues } };
}

/** An element's own state from the page's answer for its URL: with its own `src` as written, and its own byte cap. */
function srcState(outcome: FetchOutcome, url: string, maxBytes: number): LoadState {
  if (outcome.status === 'ready' && outcome.bytes <= maxBytes) return { status: 'ready', document: outcome.document };
  if (outcome.status === 'failed') return { status: 'error', failure: outcome.failure.kind === 'invalid' ? outcome.failure : ({ ...outcome.failure, url } as LoadFailure) };
  return { status: 'error', failure: { kind: 'too-large', from: 'src', url, limit: maxBytes, issues: [] } };
}
