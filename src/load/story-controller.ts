import { msg, str } from '@lit/localize';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { validate } from '../schema/index.js';
import type { StoryDocument, ValidationIssue } from '../schema/index.js';
import { emit } from './events.js';
import { formatNumber, numberLocale } from '../i18n/numbers.js';
import { messageLocale } from '../i18n/plural.js';

/** Why a document could not be shown. */
export type LoadFailure =
  | { kind: 'http'; status: number; url: string }
  | { kind: 'network'; url: string }
  | { kind: 'not-json'; from: 'src' | 'inline'; url?: string }
  | { kind: 'invalid'; issues: ValidationIssue[] };

/** What the element has to show. */
export type LoadState =
  /** No data source was given (no `.data`, no inline JSON, no `src`). */
  | { status: 'none' }
  | { status: 'loading'; url: string }
  | { status: 'ready'; document: StoryDocument }
  | { status: 'error'; failure: LoadFailure };

/** The element a StoryController serves: it has the three data sources (`.data`, inline JSON, `src`). */
export interface StoryHost extends ReactiveControllerHost, HTMLElement {
  /** A story document as a JavaScript value; wins over inline JSON and `src`. */
  data: unknown;
  /** URL of a story document to fetch when there is neither `.data` nor inline JSON. */
  src: string | undefined;
}

/** The localized sentence that sums up a failure (the issues list the details). */
export function failureMessage(failure: LoadFailure): string {
  switch (failure.kind) {
    case 'http': {
      const status = formatNumber(failure.status, numberLocale(messageLocale()), { useGrouping: false });
      return msg(str`The story could not be loaded: the server answered ${status}.`, { id: 'load.http' });
    }
    case 'network':
      return msg('The story could not be loaded: the network request failed.', { id: 'load.network' });
    case 'not-json':
      return failure.from === 'inline'
        ? msg('The inline story document is not valid JSON.', { id: 'load.inline-not-json' })
        : msg('The story document is not valid JSON.', { id: 'load.not-json' });
    case 'invalid':
      return msg('The story document has errors:', { id: 'load.invalid' });
  }
}

const INLINE_SELECTOR = ':scope > script[type="application/json"]';

/**
 * Loads the story document for a component: `.data`, else an inline `<script type="application/json">`
 * child, else `src` (fetched, with a newer `src` or disconnection aborting the older request).
 * Validates it, keeps the state for the view, and reports `civic-load` / `civic-error` once the view
 * shows the result. It never throws: every failure becomes an error state and an event.
 */
export class StoryController implements ReactiveController {
  state: LoadState = { status: 'none' };

  private readonly host: StoryHost;
  /** The inputs the current state was made from; a change to any of them loads again. */
  private seen: { data: unknown; inline: string | undefined; src: string | undefined } | undefined;
  private request: AbortController | undefined;
  private observer: MutationObserver | undefined;
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
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    if (this.request) {
      this.request.abort();
      this.request = undefined;
      // Reconnected later, the element fetches again.
      this.seen = undefined;
    }
  }

  hostUpdate(): void {
    const { data, src } = this.host;
    const inline = this.inline;
    const seen = this.seen;
    if (seen && seen.data === data && seen.inline === inline && seen.src === src) return;
    this.seen = { data, inline, src };
    this.resolve(data, inline, src);
  }

  hostUpdated(): void {
    const state = this.state;
    if (state === this.reported || state.status === 'loading' || state.status === 'none') return;
    this.reported = state;
    // After the update, so listeners see the rendered result and may set properties without
    // scheduling an update from inside one.
    queueMicrotask(() => {
      if (state !== this.state) return;
      if (state.status === 'ready') {
        emit(this.host, 'civic-load', { document: state.document });
      } else if (state.status === 'error') {
        emit(this.host, 'civic-error', {
          message: failureMessage(state.failure),
          issues: state.failure.kind === 'invalid' ? state.failure.issues : [],
        });
      }
    });
  }

  /** Reads the inline JSON child; true when its text changed. */
  private readInline(): boolean {
    const script = this.host.querySelector(INLINE_SELECTOR);
    const text = script?.textContent ?? undefined;
    if (text === this.inline) return false;
    this.inline = text;
    return true;
  }

  private resolve(data: unknown, inline: string | undefined, src: string | undefined): void {
    this.request?.abort();
    this.request = undefined;
    if (data !== undefined && data !== null) {
      this.state = this.validated(data);
    } else if (inline !== undefined) {
      const parsed = parseJson(inline);
      this.state = parsed.ok ? this.validated(parsed.value) : { status: 'error', failure: { kind: 'not-json', from: 'inline' } };
    } else if (src) {
      this.state = { status: 'loading', url: src };
      void this.fetch(src);
    } else {
      this.state = { status: 'none' };
    }
  }

  private validated(input: unknown): LoadState {
    const result = validate(input);
    return result.ok
      ? { status: 'ready', document: result.document }
      : { status: 'error', failure: { kind: 'invalid', issues: result.issues } };
  }

  private async fetch(url: string): Promise<void> {
    const request = new AbortController();
    this.request = request;
    let next: LoadState;
    try {
      const response = await fetch(url, { signal: request.signal, credentials: 'same-origin', headers: { accept: 'application/json' } });
      if (!response.ok) {
        next = { status: 'error', failure: { kind: 'http', status: response.status, url } };
      } else {
        const parsed = parseJson(await response.text());
        next = parsed.ok ? this.validated(parsed.value) : { status: 'error', failure: { kind: 'not-json', from: 'src', url } };
      }
    } catch {
      next = { status: 'error', failure: { kind: 'network', url } };
    }
    // A newer source, or disconnection, aborted this request: its result is no longer wanted.
    if (request.signal.aborted || this.request !== request) return;
    this.request = undefined;
    this.state = next;
    this.host.requestUpdate();
  }
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}
