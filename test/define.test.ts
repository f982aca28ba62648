// Registration never throws into the host page, and the version it reports is the package's.
import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { defineElement } from '../src/ui/define.js';
import { VERSION } from '../src/version.js';

describe('defineElement', () => {
  it('registers a tag once and warns instead of throwing when it is already taken', () => {
    class First extends LitElement {
      static readonly version = '0.0.1';
    }
    class Second extends LitElement {}
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      defineElement('test-define-once', First);
      expect(customElements.get('test-define-once')).to.equal(First);
      expect(() => defineElement('test-define-once', Second)).not.to.throw();
      defineElement('test-define-once', First);
    } finally {
      console.warn = warn;
    }
    expect(customElements.get('test-define-once')).to.equal(First);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<test-define-once> is already defined (by 0.0.1)');
  });

  it('carries the version of package.json', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
  });
});
