import { VERSION } from '../version.js';

/** A civic-story element class, which carries the package version it was built from. */
export interface VersionedElement extends CustomElementConstructor {
  readonly version?: string;
}

/**
 * Registers a tag once. If the tag is already defined (two copies of civic-story on one page, or a
 * page that defines the same name), it keeps the existing definition and warns instead of throwing
 * into the host page.
 */
export function defineElement(tag: string, element: VersionedElement): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag) as VersionedElement | undefined;
  if (existing === element) return;
  if (existing) {
    const other = existing.version ?? 'an unknown version';
    console.warn(
      `civic-story ${VERSION}: <${tag}> is already defined (by ${other === VERSION ? 'another copy of the same version' : other}); keeping that definition.`,
    );
    return;
  }
  customElements.define(tag, element);
}
