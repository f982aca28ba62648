// A test area for component tests that show the Mechelen sample: the hooks that load the sample once
// and give each test a fresh region of the page.
import { sample } from '../helpers.js';

/**
 * Registers the hooks: before all tests, loads the Mechelen sample; before each, appends a fresh
 * `<div>` (set up by `prepare`) to the page; after each, removes it. Returns the current area and
 * the sample.
 */
export function mechelenArea(prepare?: (area: HTMLDivElement) => void): { area: () => HTMLDivElement; mechelen: () => unknown } {
  let area: HTMLDivElement;
  let mechelen: unknown;
  before(async () => {
    mechelen = await sample('mechelen');
  });
  beforeEach(() => {
    area = document.createElement('div');
    prepare?.(area);
    document.body.append(area);
  });
  afterEach(() => area.remove());
  return { area: () => area, mechelen: () => mechelen };
}
