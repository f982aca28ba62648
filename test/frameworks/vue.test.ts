// The Vue 3 recipe in a real Vue app: the tags as custom elements (isCustomElement), `:data` and
// `:heading-level` set as properties, `@civic-load` / `@civic-error` receive the first event, a data
// swap re-renders, unmounting removes the elements.
import { expect } from '@open-wc/testing';
import { createApp, nextTick, shallowRef } from 'vue';
import '../../src/index.js';
import type { CivicTimeline } from '../../src/index.js';
import { sample, textOf } from '../helpers.js';

describe('Vue 3', () => {
  it('binds data and attributes, catches the first events, swaps data and unmounts', async () => {
    const mechelen = await sample('mechelen');
    const vasteras = await sample('vasteras');
    // shallowRef: the element gets the document itself, not a reactive proxy of it.
    const story = shallowRef<unknown>(mechelen);
    const loads: string[] = [];
    const errors: string[] = [];
    const host = document.createElement('div');
    document.body.append(host);
    const app = createApp({
      setup: () => ({
        story,
        onLoad: (event: CustomEvent) => loads.push(String(event.detail.document.city?.name)),
        onError: (event: CustomEvent) => errors.push(event.detail.message),
      }),
      template: `
        <civic-timeline :data="story" :heading-level="4" order="newest" @civic-load="onLoad" @civic-error="onError"></civic-timeline>
        <civic-quote :data="{ version: 2 }" @civic-error="onError"></civic-quote>`,
    });
    app.config.compilerOptions.isCustomElement = (tag: string) => tag.startsWith('civic-');
    app.mount(host);

    const timeline = host.querySelector('civic-timeline') as CivicTimeline;
    expect(timeline.data, 'the object, as a property').to.equal(mechelen);
    await until(() => loads.length === 1 && errors.length === 1);
    expect(loads).to.deep.equal(['Mechelen']);
    expect(errors).to.deep.equal(['The story document has errors:']);
    await timeline.updateComplete;
    expect(timeline.headingLevel).to.equal(4);
    expect(timeline.shadowRoot!.querySelectorAll('h4')).to.have.length(mechelen.initiatives!.length);

    story.value = vasteras;
    await nextTick();
    await until(() => loads.length === 2);
    expect(loads[1]).to.equal('Västerås');
    await timeline.updateComplete;
    expect(textOf(timeline.shadowRoot!.querySelector('h4'))).to.not.equal('');

    app.unmount();
    expect(timeline.isConnected).to.be.false;
    expect(host.children).to.have.length(0);
    host.remove();
  });
});

async function until(condition: () => boolean, ms = 5000): Promise<void> {
  const end = performance.now() + ms;
  while (!condition()) {
    if (performance.now() > end) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
