// Punctuation from the locale: French keeps a no-break space before : ; ! ? and inside « », so a
// colon never starts a line; the error list's separator and the quotation marks are translations.
import { expect, fixture, html } from '@open-wc/testing';
import '../timeline/civic-timeline.js';
import { renderTimeline, shadow } from '../timeline/test/helpers.js';
import { setPageLanguage, textOf } from '../../test/helpers.js';
import { translations } from '../../test/xliff.js';
import { MAX_ISSUES } from '../schema/limits.js';

/** Whether a character of a text node sits at the start of a rendered line. */
function startsLine(node: Text, offset: number): boolean {
  const range = document.createRange();
  range.setStart(node, offset);
  range.setEnd(node, offset + 1);
  const mark = range.getClientRects()[0];
  if (!mark || offset === 0) return false;
  range.setStart(node, offset - 1);
  range.setEnd(node, offset);
  const before = range.getClientRects()[0];
  return !!before && before.bottom <= mark.top + 1;
}

function textNodes(root: Node): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  return nodes;
}

/** A document with many problems: long lists of issues wrap in every way. */
const broken = (): unknown => {
  const doc: Record<string, unknown> = { version: 1, initiatives: [{ id: 'a', title: 'x'.repeat(20_001), start: '2019-02-30', category: 'Youth Work' }] };
  for (let i = 0; i < MAX_ISSUES + 5; i++) doc[`cle${'abcdefghij'[i % 10]}${'abcdefghijk'[Math.floor(i / 10)]}`] = i;
  return doc;
};

describe('punctuation from the locale', () => {
  afterEach(() => setPageLanguage('en'));

  it('has no ordinary space before : ; ! ? or inside « » in any French message', async () => {
    for (const unit of await translations('fr')) {
      expect(unit.target, unit.id).not.to.match(/ [:;!?»]|« /);
    }
  });

  it('never leaves a French colon alone at the start of a line, from 280 px up', async () => {
    await setPageLanguage('fr');
    const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 280px"></div>`);
    const el = await renderTimeline(broken(), {}, wrapper);
    const error = shadow(el).querySelector('[part="error"]')!;
    expect(textOf(error)).to.contain('\u00a0:');
    let colons = 0;
    for (const width of [280, 300, 320, 340, 360, 400, 480, 600]) {
      wrapper.style.inlineSize = `${width}px`;
      for (const node of textNodes(error)) {
        const text = node.data;
        for (let i = text.indexOf(':'); i >= 0; i = text.indexOf(':', i + 1)) {
          // A colon after a space: what French typography writes; it must never open a line.
          if (i > 0 && /\s/.test(text[i - 1]!)) {
            colons += 1;
            expect(startsLine(node, i), `“${text}” at ${width}px`).to.equal(false);
          }
        }
      }
    }
    expect(colons).to.be.above(20);
  });

  it('puts the error list’s separator and the quotation marks of the locale into the messages', async () => {
    await setPageLanguage('fr');
    const el = await renderTimeline({ version: 1, initiatives: [{ id: 'a', title: 'A', nmae: 1 }] });
    const item = shadow(el).querySelector('[part="error"] li')!;
    expect(textOf(item)).to.equal('initiatives[0].nmae\u00a0: Clé inconnue «\u202fnmae\u202f». Les clés qui ne font pas partie du format doivent commencer par x-.');
    expect(item.querySelector('code')?.textContent).to.equal('initiatives[0].nmae');
    el.remove();
    await setPageLanguage('de');
    const german = await renderTimeline({ version: 1, initiatives: [{ id: 'a', title: 'A', nmae: 1 }] });
    expect(textOf(shadow(german).querySelector('[part="error"] li'))).to.equal(
      'initiatives[0].nmae: Unbekannter Schlüssel „nmae“. Schlüssel, die nicht zum Format gehören, müssen mit x- beginnen.',
    );
  });

  it('lists “…and N more problems” without a path', async () => {
    const el = await renderTimeline(broken());
    const items = [...shadow(el).querySelectorAll('[part="error"] li')];
    expect(items).to.have.length(MAX_ISSUES);
    const last = items.at(-1)!;
    expect(last.querySelector('code')).to.equal(null);
    expect(textOf(last)).to.match(/^…and \d+ more problems\.$/);
    expect(textOf(items[0])).to.match(/^initiatives\[0\]\.\w+: /);
  });

  it('lists the choices of a value as the locale joins them', async () => {
    await setPageLanguage('sv');
    const el = await renderTimeline({ version: 1, initiatives: [{ id: 'a', title: 'A', status: 'finished' }] });
    expect(textOf(shadow(el).querySelector('[part="error"] li'))).to.equal(
      'initiatives[0].status: Här ska det stå ”planned”, ”ongoing” eller ”done”, men det står ”finished”.',
    );
  });
});
