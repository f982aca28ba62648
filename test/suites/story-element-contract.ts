// The contract every civic-story element keeps, written once and run for each component with its tag
// and fixtures: its states (loading, error, empty, ready) and both events, axe in every UI locale and
// variant, long data in a 280 px column, and dark mode, print and forced colours. Adding a component
// takes one call: `storyElementContract({ tag: 'civic-…', … })`.
import { expect, oneEvent } from '@open-wc/testing';
import { render } from 'lit';
import type { TemplateResult } from 'lit';
import { resetPage, sampleUrl, setPageLanguage, settled, textOf } from '../helpers.js';
import type { SampleName } from '../helpers.js';
import { printRules, sizedBox, overflowing, skipWithoutMediaEmulation, withMedia } from './media.js';
import { DARK, DARK_PAGE } from '../../src/ui/tokens.js';

/** The UI locales the elements ship; axe runs in each. */
export const LOCALES = ['en', 'nl', 'sv', 'fr', 'de', 'ar'] as const;

/** A view of the element: how it is set up, and what a reader does before the check. */
export interface Scene {
  /** The document for `.data`, or a function that gives one; without it the element has no data source. */
  data?: unknown;
  /** Attributes set before the element is connected. */
  attributes?: Record<string, string>;
  /** Light-DOM children, rendered into the element before it is connected. */
  light?: TemplateResult;
  /** What a reader does before the check (press a filter, open the details). */
  act?: (el: HTMLElement) => Promise<void> | void;
}

export interface StoryElementContract {
  tag: string;
  /** One attribute set per variant (`[{}]` for a component without variants). */
  variants: Record<string, string>[];
  /** Named views of valid documents (and any document-less view), each checked with axe in every locale and variant. */
  scenes: Record<string, Scene>;
  /** Selects the view of a document in the shadow root (`article[part="card"]`, `ol[part="list"]`). */
  view: string;
  /** A valid document without the component's part, and the English message for it. */
  empty: { data: unknown; text: string };
  /** An invalid document and the path of one of its problems. */
  invalid: { data: unknown; path: string };
  /** The sample the element loads by `src`. */
  sample: SampleName;
  /** The least block size (px) the loading view reserves. */
  loadingSize: number;
  /** Long and hostile data that must stay inside a 280 px column, in every variant, left to right and right to left. */
  narrow: Scene;
  /** The view the media checks render (default: the first scene), in each variant. */
  media?: Scene;
  /** What a dark page (`color-scheme: dark`) must show besides passing axe, in every browser. */
  dark?: (el: HTMLElement) => Promise<void> | void;
  /** What print must show (Chromium). */
  print?: (el: HTMLElement) => Promise<void> | void;
  /** What forced colours must show besides passing axe (Chromium). */
  forcedColors?: (el: HTMLElement) => Promise<void> | void;
  /** Rules `@media print` must hold, checked in every browser. */
  printRules?: RegExp[];
}

const variantName = (attributes: Record<string, string>): string => Object.values(attributes).join(', ') || 'default';
const resolve = async (data: unknown): Promise<unknown> => (typeof data === 'function' ? await (data as () => unknown)() : data);

/** Creates the element for a scene, connects it (in `parent`) and waits for its first render and the reader's actions. */
export async function renderScene(tag: string, scene: Scene, extra: Record<string, string> = {}, parent: HTMLElement = document.body): Promise<HTMLElement> {
  const el = document.createElement(tag) as HTMLElement & { data: unknown; updateComplete: Promise<boolean> };
  for (const [name, value] of Object.entries({ ...scene.attributes, ...extra })) el.setAttribute(name, value);
  if (scene.light) render(scene.light, el);
  if (scene.data !== undefined) el.data = await resolve(scene.data);
  parent.append(el);
  await el.updateComplete;
  if (scene.act) {
    await scene.act(el);
    await el.updateComplete;
  }
  return el;
}

const slowSrc = (name: SampleName, ms: number): string => `/__test__/slow?ms=${ms}&file=${encodeURIComponent(sampleUrl(name))}`;

/** Runs the shared contract for one component. */
export function storyElementContract(contract: StoryElementContract): void {
  const { tag } = contract;
  const shadow = (el: Element): ShadowRoot => el.shadowRoot as ShadowRoot;
  const firstScene = Object.values(contract.scenes).find((scene) => scene.data !== undefined) as Scene;
  const states: Record<string, Scene> = {
    ...contract.scenes,
    empty: { data: contract.empty.data },
    error: { data: contract.invalid.data },
    loading: { attributes: { src: slowSrc(contract.sample, 3000) } },
  };

  describe(`${tag}: states and events`, () => {
    afterEach(resetPage);

    it('shows a valid document and reports civic-load with a validated copy of it', async () => {
      const data = await resolve(firstScene.data);
      const el = document.createElement(tag) as HTMLElement & { data: unknown };
      el.data = data;
      const loaded = oneEvent(el, 'civic-load');
      document.body.append(el);
      const { detail } = await loaded;
      expect(detail.document).to.be.an('object');
      expect(detail.document, 'a copy, not the object the page handed over').not.to.equal(data);
      expect(shadow(el).querySelector(contract.view)).to.exist;
      expect(shadow(el).querySelector('[role="alert"]')).to.equal(null);
      expect(shadow(el).querySelector('[aria-busy="true"]')).to.equal(null);
    });

    it('keeps its space and is busy while src loads, then shows the sample and reports civic-load', async () => {
      const el = await renderScene(tag, { attributes: { src: slowSrc(contract.sample, 300) } });
      const busy = shadow(el).querySelector('[part="loading"][aria-busy="true"]');
      expect(busy).to.exist;
      expect(busy!.getAttribute('role')).to.equal('status');
      expect(busy!.getBoundingClientRect().height).to.be.greaterThan(contract.loadingSize);
      expect((await settled(el)).type).to.equal('civic-load');
      await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
      expect(shadow(el).querySelector('[aria-busy="true"]')).to.equal(null);
      expect(shadow(el).querySelector(contract.view)).to.exist;
    });

    it('shows the shared error view and reports civic-error with the path of each problem', async () => {
      const el = document.createElement(tag) as HTMLElement & { data: unknown; updateComplete: Promise<boolean> };
      el.data = contract.invalid.data;
      const failed = oneEvent(el, 'civic-error');
      document.body.append(el);
      const { detail } = await failed;
      await el.updateComplete;
      expect(detail.issues.map((issue: { path: string }) => issue.path)).to.include(contract.invalid.path);
      const alert = shadow(el).querySelector('[role="alert"]')!;
      expect(alert.getAttribute('part')).to.equal('error');
      expect(textOf(alert.querySelector('.error-title'))).to.equal(detail.message);
      expect(textOf(alert)).to.contain(contract.invalid.path);
      expect(shadow(el).querySelector(contract.view)).to.equal(null);
    });

    it('turns from the view to the error view and back when .data changes', async () => {
      const el = (await renderScene(tag, firstScene)) as HTMLElement & { data: unknown };
      const data = el.data;
      const failed = oneEvent(el, 'civic-error');
      el.data = contract.invalid.data;
      await failed;
      expect(shadow(el).querySelector('[role="alert"][part="error"]')).to.exist;
      expect(shadow(el).querySelector(contract.view)).to.equal(null);
      const loaded = oneEvent(el, 'civic-load');
      el.data = data;
      await loaded;
      expect(shadow(el).querySelector('[role="alert"]')).to.equal(null);
      expect(shadow(el).querySelector(contract.view)).to.exist;
    });

    it('says in a short status message, in the UI language, that the document has nothing for it', async () => {
      const el = await renderScene(tag, { data: contract.empty.data });
      const empty = (): Element => shadow(el).querySelector('[part="empty"]')!;
      expect(empty().getAttribute('role')).to.equal('status');
      expect(textOf(empty())).to.equal(contract.empty.text);
      expect(shadow(el).querySelector(contract.view)).to.equal(null);
      await setPageLanguage('nl');
      expect(textOf(empty())).not.to.equal(contract.empty.text);
      expect(empty().getAttribute('lang')).to.equal('nl');
    });
  });

  for (const locale of LOCALES) {
    describe(`${tag}: accessibility (${locale})`, () => {
      before(() => setPageLanguage(locale));
      after(() => setPageLanguage('en'));
      afterEach(resetPage);

      for (const variant of contract.variants) {
        for (const [name, scene] of Object.entries(states)) {
          it(`passes axe: ${name}, ${variantName(variant)}`, async () => {
            const el = await renderScene(tag, scene, variant);
            await expect(el).to.be.accessible();
          });
        }
      }
    });
  }

  describe(`${tag}: long data in a 280 px column`, () => {
    afterEach(resetPage);

    for (const variant of contract.variants) {
      for (const locale of ['en', 'ar']) {
        it(`keeps everything inside 280 px: ${variantName(variant)}, ${locale}`, async () => {
          await setPageLanguage(locale);
          const box = sizedBox(280);
          const el = await renderScene(tag, contract.narrow, variant, box);
          expect(overflowing(el)).to.deep.equal([]);
          expect(el.scrollWidth).to.be.at.most(el.clientWidth);
        });
      }
    }
  });

  describe(`${tag}: dark mode, print and forced colours`, () => {
    const scene = contract.media ?? firstScene;
    afterEach(resetPage);

    if (contract.printRules) {
      const rules = contract.printRules;
      it('has its print rules (in every browser)', async () => {
        const el = await renderScene(tag, scene);
        const text = printRules(el);
        for (const rule of rules) expect(text.some((css) => rule.test(css)), String(rule)).to.equal(true);
      });
    }

    for (const variant of contract.variants) {
      it(`is dark, readable and passes axe on a page that says color-scheme: dark (in every browser): ${variantName(variant)}`, async () => {
        const page = sizedBox();
        page.style.cssText = `color-scheme: dark; background: ${DARK_PAGE}; color: ${DARK.text}`;
        const el = await renderScene(tag, scene, variant, page);
        expect(getComputedStyle(el).colorScheme).to.equal('dark');
        // The page's text colour and background, the dark palette for the rest.
        expect(getComputedStyle(el).color).to.equal(getComputedStyle(page).color);
        await contract.dark?.(el);
        await expect(el).to.be.accessible();
      });

      it(`stays light and passes axe on a light page when the system is dark: ${variantName(variant)}`, async function () {
        skipWithoutMediaEmulation(this);
        await withMedia({ colorScheme: 'dark' }, async () => {
          const el = await renderScene(tag, scene, variant);
          expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(true);
          expect(getComputedStyle(el).colorScheme).to.equal('normal');
          await expect(el).to.be.accessible();
        });
      });

      it(`passes axe in forced colours: ${variantName(variant)}`, async function () {
        skipWithoutMediaEmulation(this);
        await withMedia({ forcedColors: 'active' }, async () => {
          const el = await renderScene(tag, scene, variant);
          await contract.forcedColors?.(el);
          await expect(el).to.be.accessible();
        });
      });
    }

    if (contract.print) {
      const print = contract.print;
      it('prints dark text on a light ground, even when the screen is dark', async function () {
        skipWithoutMediaEmulation(this);
        await withMedia({ colorScheme: 'dark', media: 'print' }, async () => {
          const el = await renderScene(tag, scene);
          await print(el);
        });
      });
    }
  });
}
