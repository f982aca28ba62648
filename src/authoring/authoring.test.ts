// civic-story/authoring in the browser, as the story editor uses it: tables pasted from a spreadsheet,
// a document's text checked with line:column, and the embed snippet pasted into a fresh page, with
// JavaScript on (the widgets render) and off (the fallback shows). Needs `npm run build` (the bundle).
import { expect, waitUntil } from '@open-wc/testing';
import { embedSnippet, importTable, parseTable, positionFinder, scanJsonPositions, starterDocument, validateText } from './index.js';
import { resetPage, sample, setPageLanguage, textOf } from '../../test/helpers.js';
import { validate } from '../schema/index.js';

const frames: HTMLIFrameElement[] = [];

afterEach(async () => {
  frames.splice(0).forEach((frame) => frame.remove());
  await resetPage();
});

/** A page made of `body` alone (as a CMS page with the snippet pasted), in an iframe; `scripts: false` runs none. */
async function page(body: string, scripts: boolean): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 900px; height: 1200px; border: 0';
  // Without allow-scripts nothing runs, as with JavaScript off; allow-same-origin lets the test read the page.
  if (!scripts) frame.setAttribute('sandbox', 'allow-same-origin');
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A page</title></head><body><main>${body}</main></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame.contentDocument!;
}

/** Whether a person sees the element: it has a box and is not hidden. */
function shown(element: Element | null | undefined): boolean {
  if (!element) return false;
  const box = element.getBoundingClientRect();
  const style = element.ownerDocument.defaultView!.getComputedStyle(element);
  return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.display !== 'none';
}

describe('parseTable', () => {
  it('reads a CSV as LibreOffice saves it: semicolons, BOM, a quoted line break and doubled quotes', () => {
    const table = parseTable('\uFEFFid;title:nl\r\na;"Regel 1\r\nRegel 2 met ""citaat"""\r\n');
    expect(table.delimiter).to.equal(';');
    expect(table.rows).to.deep.equal([
      ['id', 'title:nl'],
      ['a', 'Regel 1\nRegel 2 met "citaat"'],
    ]);
  });

  it('reads cells copied from a spreadsheet (tab-separated), and a comma CSV', () => {
    expect(parseTable('title\tstart\nWonen\t2016\n').delimiter).to.equal('\t');
    expect(parseTable('title,start\n"Wonen, werken",2016').rows[1]).to.deep.equal(['Wonen, werken', '2016']);
  });
});

describe('importTable', () => {
  it('adds three pasted rows to the timeline of a document, valid', async () => {
    const mechelen = await sample('mechelen');
    const before = mechelen.initiatives!.length;
    const pasted = 'title:nl\ttitle:en\tstart\tcategory\nWonen\tHousing\t2016\thousing\nSport\tSport\t2017-05\tyouth\nBuurt\tNeighbourhood\t2018\t\n';
    const result = importTable(pasted, 'initiatives', mechelen);
    expect(result.problems).to.deep.equal([]);
    expect(result.added).to.equal(3);
    expect(validate(result.document).ok).to.be.true;
    expect(result.document!.initiatives!.slice(before).map((initiative) => initiative.title)).to.deep.equal([
      { nl: 'Wonen', en: 'Housing' },
      { nl: 'Sport', en: 'Sport' },
      { nl: 'Buurt', en: 'Neighbourhood' },
    ]);
  });

  it('reports each bad cell at its row and column, in the page language', async () => {
    await setPageLanguage('nl');
    const result = importTable('title,start\nWonen,2016-13\n', 'initiatives');
    expect(result.document).to.be.undefined;
    expect(result.problems).to.have.length(1);
    const [problem] = result.problems;
    expect([problem!.row, problem!.column, problem!.columnName]).to.deep.equal([2, 2, 'start']);
    expect(problem!.message).to.contain('datum');
    const header = importTable('titel\nWonen\n', 'initiatives').problems[0]!;
    expect([header.row, header.column]).to.deep.equal([1, 1]);
    expect(header.message).to.match(/^Onbekende kolom/);
  });
});

describe('validateText', () => {
  it('places each problem at its line and column, and a syntax error too', () => {
    const text = '{\n  "version": 1,\n  "city": { "name": "X", "country": "xx" }\n}';
    expect(validateText(text).problems.map(({ path, line, column }) => [path, line, column])).to.deep.equal([['city.country', 3, 37]]);
    const syntax = validateText('{\n  "version": 1\n  "city": {}\n}').problems;
    expect(syntax.map(({ path, line, column }) => [path, line, column])).to.deep.equal([['', 3, 3]]);
    expect(syntax[0]!.message).to.contain('comma');
    expect(validateText(JSON.stringify(starterDocument({ city: 'Borlänge', lang: 'sv' })))).to.have.property('document');
  });
});

describe('scanJsonPositions and positionFinder', () => {
  const place = (text: string, path: string): [number, number] | undefined => {
    const offset = scanJsonPositions(text).values.get(path);
    if (offset === undefined) return undefined;
    const { line, column } = positionFinder(text)(offset);
    return [line, column];
  };

  it('finds values in pretty-printed and minified JSON, past strings with escapes and odd keys', () => {
    const minified = '{"a\\\\":"x\\"}","b":[1,[2,{"c d":"\\u00e9"}]],"e":{"f":true}}';
    expect(place(minified, 'b[1][1]["c d"]')).to.deep.equal([1, minified.indexOf('"\\u00e9"') + 1]);
    expect(place(minified, 'e.f')).to.deep.equal([1, minified.indexOf('true') + 1]);
    const pretty = JSON.stringify(JSON.parse(minified), null, 2);
    expect(place(pretty, 'e.f')).to.deep.equal([13, 10]);
    expect(place(pretty, 'b[1][0]')).to.deep.equal([6, 7]);
  });

  it('counts lines ended by CRLF or a lone CR, and no column for a BOM', () => {
    expect(place('{\r\n"a":\r\n 1}', 'a')).to.deep.equal([3, 2]);
    expect(place('{\r"a":\r 1}', 'a')).to.deep.equal([3, 2]);
    expect(place('\uFEFF{"a": 1}', 'a')).to.deep.equal([1, 7]);
  });

  it('places a syntax error where the text stops being JSON', () => {
    const at = (text: string): [string, number] => {
      const scan = scanJsonPositions(text);
      return [scan.syntax!.problem.kind, positionFinder(text)(scan.syntax!.offset).column];
    };
    expect(at('{"a": tru}')).to.deep.equal(['value', 7]);
    expect(at('{"a": 01}')).to.deep.equal(['value', 7]);
    expect(at('{"a": "x}')).to.deep.equal(['string-end', 7]);
    expect(at('{"a": "\\q"}')).to.deep.equal(['string-escape', 8]);
    expect(at('[1, 2,]')).to.deep.equal(['value', 7]);
    expect(at('{"a": 1} x')).to.deep.equal(['after-end', 10]);
    expect(at('')).to.deep.equal(['empty', 1]);
  });
});

describe('embedSnippet in a fresh page', () => {
  const check: Record<'city-profile' | 'timeline' | 'quote', (document: Awaited<ReturnType<typeof sample>>) => string> = {
    'city-profile': (document) => document.city!.name as string,
    timeline: (document) => (document.initiatives![0]!.title as Record<string, string>)['en']!,
    quote: (document) => document.quotes![0]!.author.name,
  };

  it('renders the three widgets with JavaScript on (the city’s name shown), with inline JSON that cannot break out', async () => {
    const mechelen = await sample('mechelen');
    mechelen.city!.summary = { nl: 'Een </script><script>window.broken = true</script> test', en: 'A test' };
    const snippets = (['city-profile', 'timeline', 'quote'] as const).map((element) => embedSnippet(mechelen, { element, bundle: '/dist/civic-story.bundle.js' }));
    const doc = await page(snippets.join('\n'), true);
    const win = doc.defaultView as Window & { broken?: boolean };
    for (const element of ['city-profile', 'timeline', 'quote'] as const) {
      const el = doc.querySelector(`civic-${element}`)!;
      await waitUntil(() => textOf(el.shadowRoot).includes(check[element](mechelen)), `civic-${element} renders`, { timeout: 8000 });
      expect(shown(el), `civic-${element} has a box`).to.be.true;
    }
    const heading = doc.querySelector('civic-city-profile')!.shadowRoot!.querySelector('h2, h3, [role="heading"]');
    expect(textOf(heading)).to.equal('Mechelen');
    expect(shown(heading)).to.be.true;
    // The fallback inside the element is not shown once it has upgraded.
    expect(shown(doc.querySelector('civic-city-profile > section'))).to.be.false;
    expect(win.broken).to.be.undefined;
    expect(doc.querySelectorAll('script[type="application/ld+json"]')).to.have.length(3);
  });

  it('shows the fallback with JavaScript off, each text in its language', async () => {
    const mechelen = await sample('mechelen');
    const doc = await page(embedSnippet(mechelen, { element: 'city-profile', bundle: '/dist/civic-story.bundle.js' }), false);
    expect(doc.defaultView!.customElements.get('civic-city-profile')).to.be.undefined;
    const heading = doc.querySelector('civic-city-profile h2');
    expect(textOf(heading)).to.equal('Mechelen');
    expect(shown(heading)).to.be.true;
    expect(heading!.getAttribute('lang')).to.equal('nl');
    expect(textOf(doc.querySelector('civic-city-profile dl'))).to.contain('86');
    expect(shown(doc.querySelector('civic-city-profile dl'))).to.be.true;
    // The inline JSON is data: never shown.
    expect(shown(doc.querySelector('civic-city-profile > script'))).to.be.false;
  });

  it('with src, the widget loads the document from the URL', async () => {
    const vasteras = await sample('vasteras');
    const doc = await page(embedSnippet(vasteras, { element: 'city-profile', src: '/samples/vasteras.json', bundle: '/dist/civic-story.bundle.js' }), true);
    const el = doc.querySelector('civic-city-profile')!;
    expect(el.querySelector('script[type="application/json"]')).to.equal(null);
    await waitUntil(() => textOf(el.shadowRoot).includes('Västerås'), 'the widget renders from src', { timeout: 8000 });
  });
});
