import { html } from 'lit';
import type { TemplateResult } from 'lit';

/**
 * The strings of a template literal in this code, around its bindings: `piece\`<dt>${0}</dt>\`` (the
 * values in the literal only mark where bindings go). Never data: pieces are composed into one
 * template's strings, as `lit/static-html.js` composes its literals, so they are as trusted as the
 * literals they come from.
 */
export type Piece = readonly string[];

export const piece = (strings: TemplateStringsArray, ..._bindings: unknown[]): Piece => strings;

/** The strings of the pieces added so far (a template's strings, shared by every template built of the same pieces). */
interface Shape {
  strings: TemplateStringsArray;
  next: Map<Piece, Shape>;
}

const shape = (strings: string[]): Shape => ({ strings: Object.assign(strings, { raw: strings }), next: new Map() });

const start = shape(['']);

/**
 * One template built of pieces, each with its values. A long timeline renders thousands of entries
 * that differ in which parts they have (a date or a range, labels, details, sources with or without
 * a link): each entry becomes one template of a few shapes, not a template nested in a template for
 * each optional part, which is what a first render of a thousand entries spends most of its time on.
 */
export class Composed {
  private shape = start;
  private readonly values: unknown[] = [];

  add(piece: Piece, ...values: unknown[]): this {
    let next = this.shape.next.get(piece);
    if (!next) {
      const strings = [...this.shape.strings];
      strings.push(strings.pop() + piece[0], ...piece.slice(1));
      this.shape.next.set(piece, (next = shape(strings)));
    }
    this.shape = next;
    this.values.push(...values);
    return this;
  }

  /** Adds what `other` holds (which is not to change afterwards): a part composed once, shown many times. */
  addComposed(other: Composed): this {
    return this.add(other.shape.strings, ...other.values);
  }

  template(): TemplateResult {
    return html(this.shape.strings, ...this.values);
  }
}
