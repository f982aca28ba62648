import { expect, fixture, html } from '@open-wc/testing';

describe('smoke', () => {
  it('renders in a real browser', async () => {
    const el = await fixture(html`<p lang="nl">hallo</p>`);
    expect(el.textContent).to.equal('hallo');
  });
});
