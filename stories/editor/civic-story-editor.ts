// The story editor of the catalogue: a story document as JSON text (CodeMirror 6, with completion,
// hover help and inline errors from the document's JSON Schema), the validator's messages beside it,
// the three widgets previewing the text as it changes, import from a spreadsheet, samples and a new
// city, and the embed code and the JSON to take away. It lives with the catalogue only: neither the
// npm entries nor the CDN bundle import it. Its own labels are in English; the widgets follow the
// language chosen here, as they follow `<html lang>` on any page.
import { LitElement, css, html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { EditorView, basicSetup } from 'codemirror';
import { EditorState } from '@codemirror/state';
import { jsonSchema } from 'codemirror-json-schema';
import '../../src/city-profile/civic-city-profile.js';
import '../../src/timeline/civic-timeline.js';
import '../../src/quote/civic-quote.js';
import { defineElement } from '../../src/ui/define.js';
import { DEFAULT_BUNDLE_URL, embedSnippet, importTable, starterDocument, validateText } from '../../src/authoring/index.js';
import type { TableKind, TableProblem, TextProblem } from '../../src/authoring/index.js';
import type { StoryDocument } from '../../src/schema/index.js';
import schema from '../../dist/civic-story.schema.json';
import mechelen from '../../samples/mechelen.json';
import vasteras from '../../samples/vasteras.json';
import borlange from '../../samples/borlange.json';

/** The samples a person can start from. */
export const SAMPLES = { mechelen, vasteras, borlange } as const;
type SampleName = keyof typeof SAMPLES;
const SAMPLE_NAMES: Record<SampleName, string> = { mechelen: 'Mechelen', vasteras: 'Västerås', borlange: 'Borlänge' };

/** The UI languages of the widgets, each named in itself. */
export const LANGUAGES = [
  { tag: 'en', name: 'English' },
  { tag: 'nl', name: 'Nederlands' },
  { tag: 'sv', name: 'Svenska' },
  { tag: 'fr', name: 'Français' },
  { tag: 'de', name: 'Deutsch' },
  { tag: 'ar', name: 'العربية' },
] as const;

type Element = 'city-profile' | 'timeline' | 'quote';

const ELEMENTS: { value: Element; label: string }[] = [
  { value: 'city-profile', label: 'City profile' },
  { value: 'timeline', label: 'Timeline' },
  { value: 'quote', label: 'Quote' },
];
const TABLE_KINDS: { value: TableKind; label: string }[] = [
  { value: 'initiatives', label: 'Initiatives (timeline entries)' },
  { value: 'facts', label: 'Facts (key figures of the city)' },
  { value: 'quotes', label: 'Quotes' },
  { value: 'sources', label: 'Sources' },
];

/** How long the text rests before the preview and the problem list follow it. */
const DEBOUNCE_MS = 250;

/** Where a table's problem is: a cell, a row, or (row 0) the table or the document as a whole. */
function tablePlace(problem: TableProblem) {
  if (problem.row <= 0) return nothing;
  if (problem.column <= 0) return html`Row ${problem.row}: `;
  return html`Row ${problem.row}, column ${problem.column}${problem.columnName ? html` (<code>${problem.columnName}</code>)` : nothing}: `;
}

const pretty = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** The schema as the JSON editor gets it: without `$id`, so every `$ref` resolves inside it. */
const editorSchema = (() => {
  const copy: Record<string, unknown> = { ...(schema as Record<string, unknown>) };
  delete copy['$id'];
  return copy as Parameters<typeof jsonSchema>[0];
})();

/**
 * `<civic-story-editor>`: the story editor. `view` is the CodeMirror view of the document text;
 * `text` the text (setting it replaces the document).
 */
export class CivicStoryEditor extends LitElement {
  static override properties = {
    language: { state: true },
    rtl: { state: true },
    problems: { state: true },
    preview: { state: true },
    readable: { state: true },
    status: { state: true },
    tableKind: { state: true },
    tableProblems: { state: true },
    embedElement: { state: true },
    embedQuote: { state: true },
    snippet: { state: true },
    downloadUrl: { state: true },
    fileName: { state: true },
  };

  static override styles = css`
    :host {
      display: block;
      color: #1a1a1a;
      background: #fff;
      font: inherit;
      line-height: 1.4;
    }
    * {
      box-sizing: border-box;
    }
    h1 {
      font-size: 1.5rem;
      margin: 0 0 0.5rem;
    }
    h2 {
      font-size: 1.2rem;
      margin: 0 0 0.5rem;
    }
    h3 {
      font-size: 1rem;
      margin: 1rem 0 0.25rem;
    }
    p {
      margin: 0 0 0.5rem;
    }
    .layout {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      gap: 1.5rem;
      align-items: start;
    }
    @media (max-width: 60rem) {
      .layout {
        grid-template-columns: minmax(0, 1fr);
      }
    }
    section,
    fieldset {
      border: 1px solid #767676;
      border-radius: 4px;
      padding: 0.75rem;
      margin: 0 0 1rem;
      min-inline-size: 0;
    }
    legend {
      font-weight: 600;
      padding: 0 0.25rem;
    }
    label {
      display: inline-block;
      margin-block: 0.25rem;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      align-items: center;
      margin-block: 0.25rem;
    }
    button,
    select,
    input,
    textarea,
    a.button {
      font: inherit;
    }
    button,
    a.button {
      display: inline-block;
      padding: 0.3rem 0.8rem;
      border: 1px solid #1a4d8f;
      border-radius: 4px;
      background: #1a4d8f;
      color: #fff;
      cursor: pointer;
      text-decoration: none;
    }
    button:hover,
    a.button:hover {
      background: #133a6b;
    }
    :focus-visible {
      outline: 3px solid #b3530b;
      outline-offset: 2px;
    }
    textarea {
      inline-size: 100%;
      font-family: ui-monospace, 'Cascadia Mono', 'DejaVu Sans Mono', 'Liberation Mono', monospace;
      font-size: 0.85rem;
    }
    .code {
      border: 1px solid #767676;
      border-radius: 4px;
      block-size: 32rem;
      overflow: hidden;
    }
    .code .cm-editor {
      block-size: 100%;
    }
    .code .cm-editor.cm-focused {
      outline: 3px solid #b3530b;
      outline-offset: 2px;
    }
    .problems {
      margin: 0;
      padding-inline-start: 1.5rem;
    }
    .problems li {
      margin-block: 0.25rem;
    }
    .problems button {
      background: none;
      border: none;
      color: #1a4d8f;
      padding: 0;
      text-align: start;
      text-decoration: underline;
    }
    .problems button:hover {
      color: #133a6b;
      background: none;
    }
    .path {
      font-family: ui-monospace, 'DejaVu Sans Mono', 'Liberation Mono', monospace;
      font-size: 0.85em;
    }
    .ok {
      color: #1d6b2f;
    }
    .hint {
      color: #4a4a4a;
      font-size: 0.9rem;
    }
    .status {
      min-block-size: 1.5em;
      font-weight: 600;
    }
    .preview > * + * {
      margin-block-start: 1.5rem;
    }
  `;

  declare language: string;
  declare rtl: boolean;
  declare problems: TextProblem[];
  declare preview: unknown;
  declare readable: boolean;
  declare status: { area: 'start' | 'import' | 'take'; text: string; lang?: string };
  declare tableKind: TableKind;
  declare tableProblems: TableProblem[];
  declare embedElement: Element;
  declare embedQuote: string;
  declare snippet: string;
  declare downloadUrl: string;
  declare fileName: string;

  /** The CodeMirror view of the document text (undefined until first rendered). */
  view?: EditorView;
  private timer?: ReturnType<typeof setTimeout>;
  private initialText = pretty(mechelen);

  constructor() {
    super();
    this.language = 'en';
    this.rtl = false;
    this.problems = [];
    this.preview = JSON.parse(this.initialText);
    this.readable = true;
    this.status = { area: 'start', text: '' };
    this.tableKind = 'initiatives';
    this.tableProblems = [];
    this.embedElement = 'city-profile';
    this.embedQuote = '';
    this.snippet = '';
    this.downloadUrl = '';
    this.fileName = 'mechelen.json';
  }

  /** The document text. */
  get text(): string {
    return this.view ? this.view.state.doc.toString() : this.initialText;
  }

  set text(value: string) {
    if (this.view) {
      this.view.dispatch({ changes: { from: 0, to: this.view.state.doc.length, insert: value }, selection: { anchor: 0 } });
    } else {
      this.initialText = value;
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The widgets' language is the page's: start from the one the page has.
    const page = document.documentElement.lang.split('-')[0] ?? 'en';
    this.language = LANGUAGES.some((language) => language.tag === page) ? page : 'en';
    this.rtl = document.documentElement.dir === 'rtl';
    this.refresh();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
    this.view?.destroy();
    this.view = undefined;
    if (this.downloadUrl) URL.revokeObjectURL(this.downloadUrl);
  }

  protected override firstUpdated(): void {
    const parent = this.renderRoot.querySelector<HTMLElement>('.code')!;
    this.view = new EditorView({
      parent,
      root: this.renderRoot as ShadowRoot,
      state: EditorState.create({
        doc: this.initialText,
        extensions: [
          // basicSetup binds no Tab key: Tab and Shift+Tab move the focus on, as everywhere on the page.
          basicSetup,
          jsonSchema(editorSchema),
          // tabindex says what the contenteditable already is: the text's one place in the tab order.
          EditorView.contentAttributes.of({ 'aria-labelledby': 'document-heading', 'aria-describedby': 'document-hint', tabindex: '0' }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) this.schedule();
          }),
        ],
      }),
    });
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('language') || changed.has('rtl')) {
      // The widgets' labels follow the page language, as on any page that embeds them.
      document.documentElement.lang = this.language;
      document.documentElement.dir = this.rtl ? 'rtl' : 'ltr';
    }
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.refresh(), DEBOUNCE_MS);
  }

  /** Reads the text: its problems, the preview, the download. Runs when the text rests. */
  refresh(): void {
    clearTimeout(this.timer);
    const text = this.text;
    const { problems } = validateText(text);
    this.problems = problems;
    try {
      this.preview = JSON.parse(text);
      this.readable = true;
    } catch {
      // The preview keeps the last text that could be read.
      this.readable = false;
    }
    const quotes = this.quoteIds();
    if (!quotes.includes(this.embedQuote)) this.embedQuote = quotes[0] ?? '';
    if (this.downloadUrl) URL.revokeObjectURL(this.downloadUrl);
    this.downloadUrl = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    this.snippet = '';
  }

  private quoteIds(): string[] {
    const quotes = (this.preview as { quotes?: unknown } | undefined)?.quotes;
    return Array.isArray(quotes) ? quotes.map((quote: { id?: unknown }) => quote?.id).filter((id): id is string => typeof id === 'string') : [];
  }

  /** Moves the cursor to a place in the text (an offset, as validateText gives it) and focuses the editor. */
  goTo(offset: number): void {
    const view = this.view;
    if (!view) return;
    view.dispatch({ selection: { anchor: Math.min(Math.max(offset, 0), view.state.doc.length) }, scrollIntoView: true });
    view.focus();
  }

  private load(document: unknown, fileName: string, said: string): void {
    this.text = pretty(document);
    this.fileName = fileName;
    this.refresh();
    this.status = { area: 'start', text: said };
  }

  private onSample(event: SubmitEvent): void {
    event.preventDefault();
    const name = new FormData(event.target as HTMLFormElement).get('sample') as SampleName;
    this.load(SAMPLES[name], `${name}.json`, `Loaded the ${SAMPLE_NAMES[name]} sample.`);
  }

  private onNewCity(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const city = String(data.get('city') ?? '').trim();
    if (!city) {
      this.status = { area: 'start', text: 'Type the name of the city first.' };
      form.querySelector<HTMLInputElement>('input[name=city]')?.focus();
      return;
    }
    const lang = String(data.get('lang') ?? '') || undefined;
    const slug = city.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'story';
    this.load(starterDocument({ city, lang }), `${slug}.json`, `Started a new story for ${city}.`);
  }

  private async onFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const area = this.renderRoot.querySelector<HTMLTextAreaElement>('#table')!;
    area.value = await file.text();
    this.status = { area: 'import', text: `Read ${file.name}. Choose what its rows are, then press “Add the rows”.` };
  }

  private onImport(event: SubmitEvent): void {
    event.preventDefault();
    const area = this.renderRoot.querySelector<HTMLTextAreaElement>('#table')!;
    if (!area.value.trim()) {
      this.tableProblems = [];
      this.status = { area: 'import', text: 'Paste some rows or choose a file first.' };
      area.focus();
      return;
    }
    let into: StoryDocument | undefined;
    try {
      into = JSON.parse(this.text) as StoryDocument;
    } catch {
      this.status = { area: 'import', text: 'The document is not readable JSON: fix the problems listed under the text first, then add the rows.' };
      return;
    }
    const result = importTable(area.value, this.tableKind, into);
    this.tableProblems = result.problems;
    if (result.problems.length) {
      this.status = { area: 'import', text: `Nothing was added: ${result.problems.length === 1 ? '1 problem' : `${result.problems.length} problems`} in the rows, listed below.` };
      return;
    }
    this.text = pretty(result.document);
    this.refresh();
    this.status = { area: 'import', text: `Added ${result.added === 1 ? '1 row' : `${result.added} rows`} as ${this.tableKind}.` };
  }

  private async onCopy(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    let document: StoryDocument;
    try {
      document = JSON.parse(this.text) as StoryDocument;
    } catch {
      this.status = { area: 'take', text: 'The document is not readable JSON: fix the problems listed under the text first.' };
      return;
    }
    const bundle = String(new FormData(event.target as HTMLFormElement).get('bundle') ?? '').trim() || undefined;
    try {
      this.snippet = embedSnippet(document, {
        element: this.embedElement,
        quote: this.embedElement === 'quote' ? this.embedQuote || undefined : undefined,
        bundle,
        lang: this.language,
      });
    } catch (error) {
      // A document with problems has no embed code: the message says which.
      this.snippet = '';
      this.status = { area: 'take', text: error instanceof Error ? error.message : String(error), lang: this.language };
      return;
    }
    try {
      // A browser may leave the request unanswered (no permission prompt shown): give up after a second.
      await Promise.race([
        navigator.clipboard.writeText(this.snippet),
        new Promise((_, reject) => setTimeout(() => reject(new Error('no answer')), 1000)),
      ]);
      this.status = { area: 'take', text: 'Copied the embed code to the clipboard. It is also shown below.' };
    } catch {
      this.status = { area: 'take', text: 'The browser did not let the page copy. The embed code is shown below: select it and copy it (Ctrl+C).' };
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLTextAreaElement>('#snippet')?.select();
  }

  protected override render() {
    const documentLabel = 'Story document (JSON)';
    const quotes = this.quoteIds();
    return html`
      <div class="layout">
        <div lang="en" dir="ltr" class="edit">
          <h1>Story editor</h1>
          <p class="hint">
            Edit the story document on the left; the widgets on the right follow as you type. In the text, Ctrl+Space
            suggests what may come next, hovering a key explains it, and errors are underlined. Tab leaves the text;
            Escape closes a suggestion list.
          </p>

          <section aria-labelledby="start-heading">
            <h2 id="start-heading">Start</h2>
            <form class="row" @submit=${this.onSample}>
              <label for="sample">Sample</label>
              <select id="sample" name="sample">
                ${Object.entries(SAMPLE_NAMES).map(([value, label]) => html`<option value=${value}>${label}</option>`)}
              </select>
              <button type="submit">Open sample</button>
            </form>
            <form class="row" @submit=${this.onNewCity}>
              <label for="city">New city</label>
              <input id="city" name="city" autocomplete="off" />
              <label for="city-lang">Language of the texts</label>
              <select id="city-lang" name="lang">
                ${LANGUAGES.map((language) => html`<option value=${language.tag} lang=${language.tag}>${language.name}</option>`)}
              </select>
              <button type="submit">Start a new story</button>
            </form>
            ${this.statusFor('start')}
          </section>

          <section aria-labelledby="document-heading">
            <h2 id="document-heading">${documentLabel}</h2>
            <p id="document-hint" class="hint">Tab moves on to the next control; Ctrl+Space suggests keys and values.</p>
            <div class="code"></div>
            <h3 id="problems-heading">Problems</h3>
            ${this.problems.length
              ? html`<ol class="problems" aria-labelledby="problems-heading">
                  ${this.problems.map(
                    (problem) => html`<li>
                      <button type="button" @click=${() => this.goTo(problem.offset)}>
                        Line ${problem.line}, column ${problem.column}: <span lang=${this.language}>${problem.message}</span>
                      </button>
                      ${problem.path ? html`<span class="path">${problem.path}</span>` : nothing}
                    </li>`,
                  )}
                </ol>`
              : html`<p class="ok">No problems: the document is valid.</p>`}
          </section>

          <section aria-labelledby="import-heading">
            <h2 id="import-heading">Import from a spreadsheet</h2>
            <p class="hint">
              Copy the cells in your spreadsheet, with the first row of column names (such as <code>id</code>,
              <code>title</code>, <code>start</code>, or <code>title:nl</code> for a translation), and paste them
              here; or choose a CSV file.
            </p>
            <form @submit=${this.onImport}>
              <div class="row">
                <label for="table-kind">The rows are</label>
                <select id="table-kind" @change=${(event: Event) => (this.tableKind = (event.target as HTMLSelectElement).value as TableKind)}>
                  ${TABLE_KINDS.map((kind) => html`<option value=${kind.value} ?selected=${kind.value === this.tableKind}>${kind.label}</option>`)}
                </select>
              </div>
              <label for="table">Rows (pasted cells or the file's text)</label>
              <textarea id="table" rows="5" spellcheck="false"></textarea>
              <div class="row">
                <label for="table-file">Or choose a CSV file</label>
                <input id="table-file" type="file" accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values" @change=${this.onFile} />
              </div>
              <button type="submit">Add the rows</button>
            </form>
            ${this.statusFor('import')}
            ${this.tableProblems.length
              ? html`<h3 id="table-problems-heading">Problems in the rows</h3>
                  <ol class="problems" aria-labelledby="table-problems-heading">
                    ${this.tableProblems.map(
                      (problem) => html`<li>${tablePlace(problem)}<span lang=${this.language}>${problem.message}</span></li>`,
                    )}
                  </ol>`
              : nothing}
          </section>

          <section aria-labelledby="take-heading">
            <h2 id="take-heading">Put it on a page</h2>
            <form @submit=${this.onCopy}>
              <div class="row">
                <label for="embed-element">Widget</label>
                <select id="embed-element" @change=${(event: Event) => (this.embedElement = (event.target as HTMLSelectElement).value as Element)}>
                  ${ELEMENTS.map((element) => html`<option value=${element.value} ?selected=${element.value === this.embedElement}>${element.label}</option>`)}
                </select>
                ${this.embedElement === 'quote'
                  ? html`<label for="embed-quote">Quote</label>
                      <select id="embed-quote" @change=${(event: Event) => (this.embedQuote = (event.target as HTMLSelectElement).value)}>
                        ${quotes.map((id) => html`<option value=${id} ?selected=${id === this.embedQuote}>${id}</option>`)}
                      </select>`
                  : nothing}
              </div>
              <div class="row">
                <label for="bundle">Where civic-story.bundle.js is on your site</label>
                <input id="bundle" name="bundle" value=${DEFAULT_BUNDLE_URL} size="34" />
              </div>
              <div class="row">
                <button type="submit">Copy embed code</button>
                <a class="button" href=${this.downloadUrl || nothing} download=${this.fileName}>Download JSON</a>
              </div>
            </form>
            ${this.statusFor('take')}
            ${this.snippet
              ? html`<label for="snippet">Embed code</label>
                  <textarea id="snippet" readonly rows="8" spellcheck="false" .value=${this.snippet}></textarea>`
              : nothing}
          </section>
        </div>

        <section class="preview-panel" aria-labelledby="preview-heading">
          <h2 id="preview-heading" lang="en" dir="ltr">Preview</h2>
          <div class="row" lang="en" dir="ltr">
            <label for="language">Language of the widgets</label>
            <select id="language" @change=${this.onLanguage}>
              ${LANGUAGES.map((language) => html`<option value=${language.tag} lang=${language.tag} ?selected=${language.tag === this.language}>${language.name}</option>`)}
            </select>
            <label><input type="checkbox" .checked=${this.rtl} @change=${(event: Event) => (this.rtl = (event.target as HTMLInputElement).checked)} /> Right to left</label>
          </div>
          ${this.readable ? nothing : html`<p class="hint" lang="en" dir="ltr">The text is not readable JSON: the preview shows the last text that was.</p>`}
          <div class="preview" dir=${this.rtl ? 'rtl' : 'ltr'}>
            <civic-city-profile .data=${this.preview} heading-level="3"></civic-city-profile>
            <civic-timeline .data=${this.preview} heading-level="3"></civic-timeline>
            ${quotes.length ? html`<civic-quote .data=${this.preview} quote=${this.embedQuote || quotes[0]!}></civic-quote>` : nothing}
          </div>
        </section>
      </div>
    `;
  }

  /** A section's live region: always there, so that what is written into it is announced. */
  private statusFor(area: 'start' | 'import' | 'take') {
    const status = this.status.area === area ? this.status : undefined;
    return html`<p role="status" class="status" id=${`${area}-status`} lang=${status?.lang ?? nothing}>${status?.text ?? ''}</p>`;
  }

  private onLanguage(event: Event): void {
    this.language = (event.target as HTMLSelectElement).value;
    this.rtl = this.language === 'ar';
  }
}

defineElement('civic-story-editor', CivicStoryEditor);

declare global {
  interface HTMLElementTagNameMap {
    'civic-story-editor': CivicStoryEditor;
  }
}
