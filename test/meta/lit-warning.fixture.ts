// Not a test of its own: scripts/check-lit-warnings.mjs runs this file and expects the run to FAIL,
// proving that a Lit warning (here: an update scheduled after an update) fails a test run.
import { LitElement, html } from 'lit';

class WarnsInUpdate extends LitElement {
  static override properties = { count: {} };
  declare count: number;
  private updates = 0;
  override render() {
    return html`${this.count}`;
  }
  override updated() {
    if (this.updates++ < 1) this.count = this.updates;
  }
}
customElements.define('warns-in-update', WarnsInUpdate);

describe('a component that triggers a Lit warning', () => {
  it('renders (the warning must fail this file)', async () => {
    const element = document.createElement('warns-in-update') as WarnsInUpdate;
    document.body.append(element);
    await element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
  });
});
