// The catalogue's story editor (stories/editor/), in a real browser: what a person types shows in the
// preview, a mistake is listed and jumps to its place, rows pasted from a spreadsheet become timeline
// entries, the copied embed code works on a page of its own, the widgets follow the language switch,
// and the editor is keyboard-usable and axe-clean. Needs `npm run build` (the schema and the bundle).
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { EditorView } from '@codemirror/view';
import { startCompletion } from '@codemirror/autocomplete';
import '../stories/editor/civic-story-editor.js';
import type { CivicStoryEditor } from '../stories/editor/civic-story-editor.js';
import { ENGINE, setPageLanguage, textOf } from './helpers.js';

type AxeWindow = Window & { axe?: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } };
interface EmbedLog {
  errors: string[];
  events: { type: string; tag: string }[];
  violations: string[];
}

let editor: CivicStoryEditor;
const frames: HTMLIFrameElement[] = [];

async function mount(): Promise<CivicStoryEditor> {
  const el = document.createElement('civic-story-editor');
  document.body.append(el);
  await el.updateComplete;
  await waitUntil(() => el.view, 'the editor shows the document');
  return el;
}

const root = (): ShadowRoot => editor.shadowRoot!;
const $ = <T extends Element = HTMLElement>(selector: string): T => root().querySelector<T>(selector)!;
const widget = (tag: string): HTMLElement & { shadowRoot: ShadowRoot } => $(`.preview ${tag}`) as HTMLElement & { shadowRoot: ShadowRoot };

/** Selects `part` of the first `context` in the text and types `replacement` over it, as a person would. */
async function typeOver(context: string, part: string, replacement: string): Promise<void> {
  const view = editor.view!;
  const at = view.state.doc.toString().indexOf(context);
  expect(at, `"${context}" in the text`).to.be.greaterThan(-1);
  const from = at + context.indexOf(part);
  view.dispatch({ selection: { anchor: from, head: from + part.length } });
  view.focus();
  await sendKeys({ type: replacement });
}

/**
 * Whether the text is what has the focus in the page. (CodeMirror's own `hasFocus` also asks whether
 * the window has the system's focus, which a browser running several test pages at once gives to one.)
 */
const textFocused = (): boolean => editor.view!.root.activeElement === editor.view!.contentDOM;

const profileHeading = (): string => textOf(widget('civic-city-profile').shadowRoot.querySelector('h3'));

async function axeViolations(): Promise<string[]> {
  const win = window as AxeWindow;
  if (!win.axe) {
    const script = document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const ready = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
    document.head.append(script);
    await ready;
  }
  const result = await win.axe!.run(editor, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`);
}

beforeEach(async () => {
  editor = await mount();
});

afterEach(async () => {
  editor.remove();
  for (const frame of frames.splice(0)) frame.remove();
  await setPageLanguage('en');
});

describe('story editor', () => {
  it('shows the Mechelen sample in the text and in the three widgets', async () => {
    expect(editor.view!.state.doc.toString()).to.contain('"name": "Mechelen"');
    await waitUntil(() => profileHeading() === 'Mechelen', 'the profile shows Mechelen');
    expect(widget('civic-timeline').shadowRoot.querySelectorAll('li').length).to.be.greaterThan(0);
    expect(textOf(widget('civic-quote').shadowRoot)).to.contain('toekomst');
    expect(textOf($('.ok'))).to.equal('No problems: the document is valid.');
  });

  it("updates the profile's heading when the city's name is changed in the text", async () => {
    await typeOver('"name": "Mechelen"', 'Mechelen', 'Lier');
    await waitUntil(() => profileHeading() === 'Lier', `the heading says Lier (it says "${profileHeading()}")`, { timeout: 3000 });
  });

  it('lists a mistake and, when it is activated, moves the cursor to its line and focuses the text', async () => {
    const view = editor.view!;
    // Pasted after the first initiative's id.
    const after = view.state.doc.toString().indexOf('"id": "neighbourhood-investment",') + '"id": "neighbourhood-investment",'.length;
    view.dispatch({ changes: { from: after, insert: ' "start": "2019-13-01",' }, userEvent: 'input.paste' });
    const wrongLine = view.state.doc.lineAt(view.state.doc.toString().indexOf('2019-13-01')).number;
    await waitUntil(() => root().querySelector('.problems button'), 'a problem is listed', { timeout: 3000 });
    const items = [...root().querySelectorAll<HTMLButtonElement>('.problems button')];
    const problem = items.find((button) => textOf(button).startsWith(`Line ${wrongLine},`));
    expect(problem, `a problem on line ${wrongLine} among: ${items.map(textOf).join(' | ')}`).to.exist;
    // Leave the text first, then come back through the list, as a keyboard user would.
    problem!.focus();
    expect(root().activeElement, 'the problem has the focus').to.equal(problem);
    expect(textFocused()).to.equal(false);
    if (ENGINE === 'firefox') {
      // In a full run (not alone) Firefox's WebDriver BiDi Enter does not activate this button; not yet
      // understood. The keyboard path is tested in Chromium and WebKit; Firefox activates it directly.
      problem!.click();
    } else {
      await sendKeys({ press: 'Enter' });
    }
    await waitUntil(textFocused, 'the text has the focus', { timeout: 2000 });
    const cursor = view.state.selection.main.head;
    expect(view.state.doc.lineAt(cursor).number).to.equal(wrongLine);
    expect(textOf(root().querySelector('.cm-activeLine'))).to.contain('2019-13-01');
  });

  it('adds three initiatives pasted from a spreadsheet to the timeline', async () => {
    const before = widget('civic-timeline').shadowRoot.querySelectorAll('li').length;
    const rows = ['id\ttitle\tstart', 'street-teams\tStreet teams in every district\t2015', 'reading-club\tA reading club for parents\t2017-03', 'sports-for-all\tSports for all\t2019-09-01'].join('\n');
    const area = $<HTMLTextAreaElement>('#table');
    area.value = rows;
    area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    $<HTMLSelectElement>('#table-kind').value = 'initiatives';
    $<HTMLSelectElement>('#table-kind').dispatchEvent(new Event('change'));
    $<HTMLButtonElement>('#table ~ button').click();
    await waitUntil(() => /Added 3 rows/.test(textOf($('#import-status'))), `status: ${textOf($('#import-status'))}`, { timeout: 3000 });
    const timeline = widget('civic-timeline');
    await waitUntil(() => timeline.shadowRoot.querySelectorAll('li').length >= before + 3, 'three more entries', { timeout: 3000 });
    const text = textOf(timeline.shadowRoot);
    for (const title of ['Street teams in every district', 'A reading club for parents', 'Sports for all']) expect(text).to.contain(title);
    expect(textOf($('.ok'))).to.equal('No problems: the document is valid.');
  });

  it('lists the problems of pasted rows by row and column, and adds nothing', async () => {
    const textBefore = editor.view!.state.doc.toString();
    $<HTMLTextAreaElement>('#table').value = 'id\ttitle\tstart\nok\tFine\t2015\nbad\tWrong date\t2019-13-01';
    $<HTMLButtonElement>('#table ~ button').click();
    await waitUntil(() => root().querySelector('#table-problems-heading'), 'the rows’ problems are listed');
    const listed = textOf(root().querySelector('#table-problems-heading + ol'));
    expect(listed).to.match(/Row 3, column 3/);
    expect(editor.view!.state.doc.toString()).to.equal(textBefore);
  });

  it('copies embed code that shows the widget on a page of its own', async function () {
    this.timeout(30000);
    const bundle = $<HTMLInputElement>('#bundle');
    bundle.value = '/dist/civic-story.bundle.js';
    $<HTMLButtonElement>('#bundle').closest('form')!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await waitUntil(() => root().querySelector('#snippet'), 'the embed code is shown');
    const snippet = $<HTMLTextAreaElement>('#snippet').value;
    expect(snippet).to.contain('<civic-city-profile');
    expect(snippet).to.contain('/dist/civic-story.bundle.js');
    // The clipboard answers when it answers (it gives up after a second): wait for the status it leaves.
    await waitUntil(() => /Copied the embed code|did not let the page copy/.test(textOf($('#take-status'))), 'the copy says how it went', { timeout: 4000 });
    // A fresh page with nothing but the embed code (and the test's log of errors and events); the
    // snippet's own script tag loads the built bundle from the test server.
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 900px; height: 1200px; border: 0';
    frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Embed</title><script src="/test/fixtures/embed-log.js"></script></head><body><main>${snippet}</main></body></html>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    frames.push(frame);
    await loaded;
    const win = frame.contentWindow as Window & { civicLog: EmbedLog };
    await waitUntil(() => win.civicLog.events.length >= 1, 'the widget reports civic-load', { timeout: 8000 });
    expect(win.civicLog.events.map((event) => event.type)).to.deep.equal(['civic-load']);
    const heading = frame.contentDocument!.querySelector('civic-city-profile')!.shadowRoot!.querySelector('h2, h3');
    expect(textOf(heading)).to.equal('Mechelen');
    expect(win.civicLog.errors).to.deep.equal([]);
    expect(win.civicLog.violations).to.deep.equal([]);
  });

  it('offers the JSON as a download', async () => {
    const link = [...root().querySelectorAll('a[download]')].find((a) => textOf(a) === 'Download JSON') as HTMLAnchorElement;
    expect(link.download).to.equal('mechelen.json');
    const text = await (await fetch(link.href)).text();
    expect(JSON.parse(text)).to.deep.equal(JSON.parse(editor.view!.state.doc.toString()));
  });

  it('starts a new city, valid, from its name', async () => {
    $<HTMLInputElement>('#city').value = 'Lier';
    $<HTMLInputElement>('#city').closest('form')!.requestSubmit();
    await waitUntil(() => profileHeading() === 'Lier', 'the profile shows Lier', { timeout: 3000 });
    expect(textOf($('.ok'))).to.equal('No problems: the document is valid.');
    expect(textOf($('#start-status'))).to.equal('Started a new story for Lier.');
  });

  it('re-renders the widgets in Dutch when the language is switched, and right to left for Arabic', async () => {
    const select = $<HTMLSelectElement>('#language');
    select.value = 'nl';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => document.documentElement.lang === 'nl', 'the page is in Dutch');
    const profile = widget('civic-city-profile');
    await waitUntil(() => textOf(profile.shadowRoot).includes('Inwoners'), 'the profile says Inwoners', { timeout: 3000 });
    const search = widget('civic-timeline').shadowRoot.querySelector<HTMLInputElement>('input[type=search]')!;
    await waitUntil(() => textOf(search.labels?.[0]) === 'Initiatieven zoeken' || search.getAttribute('aria-label') === 'Initiatieven zoeken', 'the timeline’s search is in Dutch');
    // The editor's own labels stay English, and say so.
    expect($('.edit').getAttribute('lang')).to.equal('en');
    select.value = 'ar';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => getComputedStyle(profile).direction === 'rtl', 'the widgets are right to left');
    expect(getComputedStyle($('.edit')).direction).to.equal('ltr');
  });

  it('suggests the fields the JSON Schema allows, with their descriptions, on Ctrl+Space', async () => {
    // A new key in the city: the fields a city may have are suggested, each explained.
    await typeOver('"country": "BE",', ',', ',\n"');
    if (ENGINE === 'webkit') {
      // WebKit's WebDriver cannot hold a key down: run the command Ctrl+Space is bound to.
      startCompletion(editor.view!);
    } else {
      await sendKeys({ down: 'Control' });
      await sendKeys({ press: ' ' });
      await sendKeys({ up: 'Control' });
    }
    await waitUntil(() => root().querySelector('.cm-tooltip-autocomplete li'), 'a list of suggestions', { timeout: 3000 });
    const options = [...root().querySelectorAll('.cm-tooltip-autocomplete li')].map(textOf);
    for (const field of ['image', 'links']) expect(options.some((option) => option.startsWith(field)), `${field} in ${options.join(', ')}`).to.equal(true);
    await waitUntil(() => textOf(root().querySelector('.cm-completionInfo')).length > 10, 'the selected field is explained');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !root().querySelector('.cm-tooltip-autocomplete'), 'Escape closes the list');
    expect(textFocused()).to.equal(true);
  });

  it('explains a field when the pointer rests on it', async () => {
    const view = editor.view!;
    const at = view.state.doc.toString().indexOf('"country"') + 3;
    view.dispatch({ effects: EditorView.scrollIntoView(at, { y: 'center' }) });
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const box = view.coordsAtPos(at)!;
    await sendMouse({ type: 'move', position: [Math.round(box.left + 2), Math.round((box.top + box.bottom) / 2)] });
    await waitUntil(() => textOf(root().querySelector('.cm-tooltip-hover')).includes('ISO 3166-1'), 'the country field is explained', { timeout: 4000 });
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('underlines what the JSON Schema refuses, in the text itself', async () => {
    await typeOver('"country": "BE"', 'BE', 'Belgium');
    const underlined = (): string[] => [...root().querySelectorAll('.cm-lintRange-error')].map((mark) => textOf(mark.closest('.cm-line')));
    await waitUntil(() => underlined().some((line) => line.includes('"country": "Belgium"')), 'the country’s line is underlined', { timeout: 6000 }).catch((error: Error) => {
      const text = editor.view!.state.doc.toString();
      throw new Error(`${error.message}; underlined: ${JSON.stringify(underlined())}; text: ${JSON.stringify(text.slice(text.indexOf('"country"') - 10, text.indexOf('"country"') + 40))}`);
    });
  });

  it('lets the keyboard leave the text with Tab', async () => {
    editor.view!.focus();
    expect(textFocused()).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(textFocused()).to.equal(false);
    expect(editor.view!.state.doc.toString()).not.to.contain('\t');
  });

  it('is axe-clean, in English and in Arabic, and makes no request to another origin', async function () {
    // axe over CodeMirror and three widgets with the whole Mechelen story takes seconds.
    this.timeout(30000);
    await waitUntil(() => profileHeading() === 'Mechelen', 'the profile shows Mechelen');
    expect(await axeViolations(), 'axe (en)').to.deep.equal([]);
    const select = $<HTMLSelectElement>('#language');
    select.value = 'ar';
    select.dispatchEvent(new Event('change'));
    await setPageLanguage('ar');
    expect(await axeViolations(), 'axe (ar)').to.deep.equal([]);
    const elsewhere = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((url) => !url.startsWith('blob:') && new URL(url).origin !== location.origin);
    expect(elsewhere).to.deep.equal([]);
  });
});
