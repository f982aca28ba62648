// What the component tests share for layout and media: emulated media features (dark, print, forced
// colours), the print rules of a shadow root, overflow at narrow widths, and colour contrast.
import { emulateMedia } from '@web/test-runner-commands';
import { ENGINE } from '../helpers.js';

type MediaFeatures = Parameters<typeof emulateMedia>[0] & { forcedColors?: 'active' | 'none' };

/**
 * Whether this browser can emulate media features (print, `prefers-color-scheme`, `forced-colors`).
 * Only Chromium's driver can: Firefox's WebDriver BiDi driver and WebKitWebDriver have no such
 * command. Chromium shows the result, and the print rules themselves are checked in every browser
 * (`printRules`).
 */
export const CAN_EMULATE_MEDIA = ENGINE === 'chromium';

/** Skips the running test where the browser cannot emulate media (see CAN_EMULATE_MEDIA). */
export function skipWithoutMediaEmulation(test: Mocha.Context): void {
  if (!CAN_EMULATE_MEDIA) test.skip();
}

const RESET: MediaFeatures = { media: 'screen', colorScheme: 'light', forcedColors: 'none' };

/** Runs `check` under emulated media features, and puts the screen back afterwards, pass or fail. */
export async function withMedia<T>(features: MediaFeatures, check: () => Promise<T> | T): Promise<T> {
  await emulateMedia(features as Parameters<typeof emulateMedia>[0]);
  try {
    return await check();
  } finally {
    await emulateMedia(RESET as Parameters<typeof emulateMedia>[0]);
  }
}

/** The rules inside `@media print` of an element's shadow root, as CSS text (checkable in every browser). */
export function printRules(el: Element): string[] {
  const root = el.shadowRoot as ShadowRoot;
  const sheets = root.adoptedStyleSheets.length ? root.adoptedStyleSheets : [...root.styleSheets];
  return sheets
    .flatMap((sheet) => [...sheet.cssRules])
    .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText === 'print')
    .flatMap((rule) => [...rule.cssRules].map((inner) => inner.cssText));
}

/**
 * The rendered shadow elements that stick out sideways of `box` (the element itself by default): a
 * horizontal scroll on a phone. Visually hidden text (clipped to 1 px) does not count.
 */
export function overflowing(el: Element, box: Element = el): string[] {
  const frame = box.getBoundingClientRect();
  return [...(el.shadowRoot as ShadowRoot).querySelectorAll<HTMLElement>('*')]
    .filter((node) => node.getClientRects().length > 0 && node.getBoundingClientRect().width > 0 && !node.closest('.visually-hidden'))
    .filter((node) => {
      const rect = node.getBoundingClientRect();
      return rect.left < frame.left - 0.5 || rect.right > frame.right + 0.5;
    })
    .map((node) => `${node.localName}${node.className ? `.${node.className}` : ''}`);
}

/** A box on the page to render an element in, of the given inline size (px) if any; `resetPage` removes it. */
export function sizedBox(width?: number): HTMLDivElement {
  const box = document.createElement('div');
  if (width !== undefined) box.style.inlineSize = `${width}px`;
  box.dataset['testBox'] = '';
  document.body.append(box);
  return box;
}

/** Puts a fresh sizedBox(width) on the page before each test of the suite; returns the current test's box. */
export function sizedBoxEach(width?: number): () => HTMLDivElement {
  let box: HTMLDivElement;
  beforeEach(() => {
    box = sizedBox(width);
  });
  return () => box;
}

/** The relative luminance of a computed `rgb()` colour (WCAG 2.1). */
export function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).map(Number).map((channel) => channel / 255);
  const linear = (c: number): number => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(b!);
}

/** The contrast ratio of two computed colours. */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}
