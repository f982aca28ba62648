// What the component stories share: the meta block, argTypes from the custom elements manifest, and
// the loading demo.
import type { ArgTypes, Meta } from '@storybook/web-components-vite';
import { renderLoading } from '../src/ui/states.js';
import { defineElement } from '../src/ui/define.js';
import type { LitElement } from 'lit';
import manifest from '../dist/custom-elements.json';

interface ManifestAttribute {
  name: string;
  fieldName?: string;
  description?: string;
  default?: string;
  type?: { text: string };
}

interface ManifestDeclaration {
  tagName?: string;
  attributes?: ManifestAttribute[];
}

const declarations = (manifest.modules as { declarations?: ManifestDeclaration[] }[]).flatMap((module) => module.declarations ?? []);

/**
 * The controls of an element's attributes, from the custom elements manifest (name, description,
 * type, default): keyed by property name, shown under the attribute's name. `options` turns an
 * attribute with a fixed set of values into radio buttons; heading levels get a number from 2 to 6.
 */
export function attributeArgTypes(tag: string, options: Record<string, readonly string[]> = {}): ArgTypes {
  const declaration = declarations.find((candidate) => candidate.tagName === tag);
  if (!declaration) throw new Error(`${tag} is not in the custom elements manifest: run npm run build.`);
  const argTypes: ArgTypes = {};
  for (const attribute of declaration.attributes ?? []) {
    const key = attribute.fieldName ?? attribute.name;
    const type = attribute.type?.text ?? 'string';
    const choices = options[key];
    argTypes[key] = {
      name: attribute.name,
      description: attribute.description ?? (attribute.name === 'lang' ? 'Preferred language of the content (the labels follow the page).' : undefined),
      table: { category: 'attributes', type: { summary: type }, defaultValue: attribute.default ? { summary: attribute.default } : undefined },
      ...(choices
        ? { control: 'inline-radio', options: [...choices] }
        : type === 'HeadingLevel' || type === '2 | 3 | 4 | 5 | 6'
          ? { control: { type: 'number', min: 2, max: 6 } }
          : { control: 'text' }),
    };
    // The manifest lists the attribute under its own name as well: show it once.
    if (key !== attribute.name) argTypes[attribute.name] = { table: { disable: true } };
  }
  // An object, set from a story's args rather than typed in.
  argTypes['data'] = { control: false };
  return argTypes;
}

/** The args every component story has: a document as `.data` (wins), else `src`, and the element's own `lang`. */
export interface DocumentArgs {
  src?: string;
  data?: unknown;
  lang?: string;
}

/**
 * Renders `<tag>` from a story's args: `.data`, else `src`; every other arg set as the attribute the
 * manifest names it (`headingLevel` as `heading-level`); empty args are left out.
 */
export function renderElement<Args extends DocumentArgs>(tag: string): (args: Args) => HTMLElement {
  const declaration = declarations.find((candidate) => candidate.tagName === tag);
  const names = new Map((declaration?.attributes ?? []).map((attribute) => [attribute.fieldName ?? attribute.name, attribute.name]));
  return (args) => {
    const el = document.createElement(tag) as HTMLElement & { data?: unknown };
    for (const [key, value] of Object.entries(args)) {
      if (key === 'data' || (key === 'src' && args.data !== undefined) || value === undefined || value === '') continue;
      el.setAttribute(names.get(key) ?? key, String(value));
    }
    if (args.data !== undefined) el.data = args.data;
    return el;
  };
}

/**
 * What a component's meta block shares, to spread after its static `title` (which the catalogue's
 * indexer reads from the file): the element, the manifest's argTypes and the docs page's description.
 */
export function componentMeta<Args>(
  tag: string,
  description: string,
  meta: Partial<Meta<Args>> & { options?: Record<string, readonly string[]> } = {},
): Partial<Meta<Args>> {
  const { options, parameters, ...rest } = meta;
  return {
    component: tag,
    argTypes: attributeArgTypes(tag, options) as Meta<Args>['argTypes'],
    parameters: { ...parameters, docs: { description: { component: description } } },
    ...rest,
  };
}

// A mixin's base must take any arguments.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ElementClass = new (...args: any[]) => LitElement;

/**
 * Defines `<tag-loading-demo>`: the element as it shows while its `src` request is under way. A static
 * catalogue cannot hold a request open, so the demo is a subclass whose view stays in that state;
 * the view itself is the element's own. Returns the demo's tag.
 */
export function defineLoadingDemo(tag: string, element: ElementClass): string {
  class LoadingDemo extends element {
    protected override render() {
      return renderLoading();
    }
  }
  const demo = `${tag}-loading-demo`;
  defineElement(demo, LoadingDemo);
  return demo;
}
