// What assistive technology is given, as text: the accessibility tree of a part of the page, read in
// the page itself through shadow roots and slots, in the YAML form of Playwright's ARIA snapshots
// (`- heading "Mechelen" [level=2]`), plus `lang` wherever the language changes.
//
// Firefox's WebDriver BiDi driver offers no accessibility tree, so this is computed from the DOM: the
// implicit roles of HTML-AAM, the accessible name (aria-labelledby, aria-label, the native label of
// inputs, images, figures and fieldsets, then the content for roles named from it), the states
// screen readers speak (level, expanded, pressed, checked, disabled, busy) and the description. In
// Chromium the test compares its names with Playwright's own ARIA snapshot of the same root.

/** One node of the tree. */
export interface AriaNode {
  role: string;
  name: string;
  /** State and property annotations, in print order: `level=2`, `expanded=false`, `lang=nl`. */
  props: string[];
  description: string;
  /** Whether the name is the element's own text (a heading's, a button's), not given by an attribute or caption. */
  nameFromContent: boolean;
  children: (AriaNode | string)[];
}

const IMPLICIT: Record<string, string> = {
  ARTICLE: 'article',
  ASIDE: 'complementary',
  BLOCKQUOTE: 'blockquote',
  BUTTON: 'button',
  DD: 'definition',
  DT: 'term',
  FIELDSET: 'group',
  FIGURE: 'figure',
  H1: 'heading',
  H2: 'heading',
  H3: 'heading',
  H4: 'heading',
  H5: 'heading',
  H6: 'heading',
  HR: 'separator',
  LI: 'listitem',
  MAIN: 'main',
  NAV: 'navigation',
  OL: 'list',
  P: 'paragraph',
  UL: 'list',
  STRONG: 'strong',
  EM: 'emphasis',
  SUB: 'subscript',
  SUP: 'superscript',
  CODE: 'code',
  TIME: 'time',
  SELECT: 'combobox',
  TEXTAREA: 'textbox',
};

/** Roles whose name comes from their content when nothing else names them. */
const NAMED_FROM_CONTENT = new Set(['button', 'link', 'heading', 'checkbox', 'radio', 'switch', 'tab', 'option', 'menuitem', 'treeitem', 'cell', 'columnheader', 'rowheader', 'tooltip']);

/** Containers: their name is spoken on entering them, before the content that usually holds it. */
export const CONTAINER_ROLES = new Set(['article', 'region', 'figure', 'group', 'list', 'navigation', 'complementary', 'main', 'form', 'search', 'dialog']);

function implicitRole(el: Element): string {
  const tag = el.tagName;
  if (tag === 'A' || tag === 'AREA') return el.hasAttribute('href') ? 'link' : '';
  if (tag === 'IMG') return el.getAttribute('alt') === '' ? '' : 'img';
  // Not an ARIA role: a label is heard as its control's name, and shown here to place its text.
  if (tag === 'LABEL') return 'label';
  if (tag === 'SECTION') return el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby') ? 'region' : '';
  if (tag === 'INPUT') {
    const type = (el.getAttribute('type') ?? 'text').toLowerCase();
    if (type === 'hidden') return '';
    if (type === 'search') return 'searchbox';
    if (type === 'checkbox' || type === 'radio') return type;
    if (type === 'button' || type === 'submit' || type === 'reset') return 'button';
    return 'textbox';
  }
  return IMPLICIT[tag] ?? '';
}

function roleOf(el: Element): string {
  const explicit = el.getAttribute('role')?.trim().split(/\s+/)[0];
  if (explicit === 'none' || explicit === 'presentation') return '';
  return explicit || implicitRole(el);
}

/** The children of a node in the flat tree (a shadow root's content, a slot's assigned nodes). */
function flatChildren(node: Node): Node[] {
  if (node instanceof HTMLSlotElement) {
    const assigned = node.assignedNodes({ flatten: true });
    return assigned.length ? assigned : [...node.childNodes];
  }
  if (node instanceof Element && node.shadowRoot) return [...node.shadowRoot.childNodes];
  return [...node.childNodes];
}

function hidden(el: Element): boolean {
  if (el.getAttribute('aria-hidden') === 'true') return true;
  if (el.tagName === 'SCRIPT' || el.tagName === 'STYLE' || el.tagName === 'TEMPLATE') return true;
  const style = getComputedStyle(el);
  return style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse';
}

const squash = (text: string): string => text.replace(/[ \t\n\r\f]+/g, ' ');

function isBlock(el: Element): boolean {
  const style = getComputedStyle(el);
  // Positioned out of the flow (visually hidden text) is read inline, as it is written.
  if (style.position === 'absolute' || style.position === 'fixed') return false;
  const display = style.display;
  return !display.startsWith('inline') && display !== 'contents';
}

/** The text of a subtree as a name computed from content: hidden parts left out unless `includeHidden`. */
function textFrom(node: Node, includeHidden: boolean): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (!(node instanceof Element)) return '';
  if (!includeHidden && hidden(node)) return '';
  const label = node.getAttribute('aria-label')?.trim();
  if (label) return label;
  if (node.tagName === 'IMG') return node.getAttribute('alt') ?? '';
  const inner = flatChildren(node)
    .map((child) => textFrom(child, includeHidden))
    .join('');
  return isBlock(node) ? ` ${inner} ` : inner;
}

function byIds(el: Element, attribute: string): Element[] {
  const root = el.getRootNode() as Document | ShadowRoot;
  return (el.getAttribute(attribute) ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => root.getElementById(id))
    .filter((target): target is HTMLElement => !!target);
}

function nameOf(el: Element, role: string): string {
  const labelledBy = byIds(el, 'aria-labelledby');
  if (labelledBy.length) return squash(labelledBy.map((target) => textFrom(target, true)).join(' ')).trim();
  const label = el.getAttribute('aria-label')?.trim();
  if (label) return squash(label);
  if (el.tagName === 'IMG') return squash(el.getAttribute('alt') ?? '').trim();
  if (el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement) {
    const labels = [...(el.labels ?? [])];
    if (labels.length) return squash(labels.map((target) => textFrom(target, false)).join(' ')).trim();
  }
  if (el.tagName === 'FIGURE') {
    const caption = [...el.children].find((child) => child.tagName === 'FIGCAPTION');
    if (caption) return squash(textFrom(caption, false)).trim();
  }
  if (el.tagName === 'FIELDSET') {
    const legend = [...el.children].find((child) => child.tagName === 'LEGEND');
    if (legend) return squash(textFrom(legend, false)).trim();
  }
  if (NAMED_FROM_CONTENT.has(role)) {
    const text = squash(flatChildren(el).map((child) => textFrom(child, false)).join('')).trim();
    if (text) return text;
  }
  return squash(el.getAttribute('title') ?? '').trim();
}

function propsOf(el: Element, role: string, lang: string | undefined): string[] {
  const props: string[] = [];
  if (role === 'heading') props.push(`level=${el.getAttribute('aria-level') ?? el.tagName.slice(1)}`);
  for (const state of ['checked', 'pressed', 'expanded', 'selected', 'current']) {
    const value = el.getAttribute(`aria-${state}`);
    if (value !== null && value !== 'undefined') props.push(`${state}=${value}`);
  }
  if ((el as HTMLInputElement).type === 'checkbox' || (el as HTMLInputElement).type === 'radio') props.push(`checked=${(el as HTMLInputElement).checked}`);
  if ((el as HTMLButtonElement).disabled || el.getAttribute('aria-disabled') === 'true') props.push('disabled');
  if (el.getAttribute('aria-busy') === 'true') props.push('busy');
  const live = el.getAttribute('aria-live') ?? (role === 'status' ? 'polite' : role === 'alert' ? 'assertive' : null);
  if (live && live !== 'off' && role !== 'status' && role !== 'alert') props.push(`live=${live}`);
  if (el.hasAttribute('aria-controls')) props.push('controls');
  if (lang !== undefined) props.push(`lang=${lang}`);
  return props;
}

/** Appends text to a list of children, joining it to a preceding text. */
function pushText(children: (AriaNode | string)[], text: string): void {
  const last = children.length - 1;
  if (typeof children[last] === 'string') children[last] = (children[last] as string) + text;
  else children.push(text);
}

function walk(node: Node, parentLang: string, out: (AriaNode | string)[]): void {
  if (node.nodeType === Node.TEXT_NODE) {
    pushText(out, squash(node.textContent ?? ''));
    return;
  }
  if (!(node instanceof Element) || hidden(node)) return;
  const ownLang = node.getAttribute('lang');
  const lang = ownLang === null ? parentLang : ownLang;
  const role = roleOf(node);
  const changesLang = lang !== parentLang;
  if (!role && !changesLang) {
    const block = isBlock(node);
    if (block) pushText(out, ' ');
    for (const child of flatChildren(node)) walk(child, lang, out);
    if (block) pushText(out, ' ');
    return;
  }
  const described = byIds(node, 'aria-describedby');
  const name = role && role !== 'label' ? nameOf(node, role) : '';
  const item: AriaNode = {
    role: role || 'generic',
    name,
    nameFromContent:
      !!name && NAMED_FROM_CONTENT.has(role) && !node.hasAttribute('aria-labelledby') && !node.hasAttribute('aria-label') && !node.hasAttribute('title'),
    props: propsOf(node, role, changesLang ? lang || '(none)' : undefined),
    description: squash(described.map((target) => textFrom(target, true)).join(' ')).trim(),
    children: [],
  };
  for (const child of flatChildren(node)) walk(child, lang, item.children);
  item.children = item.children
    .map((child) => (typeof child === 'string' ? child.replace(/\s+/g, ' ').trim() : child))
    .filter((child) => child !== '');
  // Content that only repeats the name is not printed twice (as Playwright does).
  if (item.children.length === 1 && item.children[0] === item.name) item.children = [];
  out.push(item);
}

/** The accessibility tree under `root` (its children, not the root itself). */
export function ariaTree(root: Element, pageLang = document.documentElement.lang): (AriaNode | string)[] {
  const out: (AriaNode | string)[] = [];
  for (const child of flatChildren(root)) walk(child, pageLang, out);
  return out.map((child) => (typeof child === 'string' ? child.replace(/\s+/g, ' ').trim() : child)).filter((child) => child !== '');
}

const quote = (text: string): string => JSON.stringify(text);

/** The tree as YAML lines, one node a line, as Playwright prints ARIA snapshots. */
export function ariaYaml(nodes: (AriaNode | string)[], indent = ''): string {
  const lines: string[] = [];
  for (const node of nodes) {
    if (typeof node === 'string') {
      lines.push(`${indent}- text: ${quote(node)}`);
      continue;
    }
    const props = node.props.map((prop) => ` [${prop}]`).join('');
    const description = node.description ? ` [description=${quote(node.description)}]` : '';
    const head = `${indent}- ${node.role}${node.name ? ` ${quote(node.name)}` : ''}${props}${description}`;
    const only = node.children.length === 1 ? node.children[0] : undefined;
    if (typeof only === 'string') lines.push(`${head}: ${quote(only)}`);
    else if (node.children.length === 0) lines.push(head);
    else {
      lines.push(`${head}:`);
      lines.push(ariaYaml(node.children, `${indent}  `));
    }
  }
  return lines.join('\n');
}

/** Everything a screen reader says while reading on, in order: names of non-container nodes and text. */
export function utterances(nodes: (AriaNode | string)[]): { role: string; text: string }[] {
  const out: { role: string; text: string }[] = [];
  for (const node of nodes) {
    if (typeof node === 'string') {
      out.push({ role: 'text', text: node });
      continue;
    }
    // A label is heard as the name of its control.
    if (node.role === 'label') continue;
    if (node.name && !CONTAINER_ROLES.has(node.role)) out.push({ role: node.role, text: node.name });
    // A control or heading is heard by its name; its content is not read again.
    if (node.name && NAMED_FROM_CONTENT.has(node.role)) continue;
    out.push(...utterances(node.children));
  }
  return out;
}

/** Every node of the tree, depth first. */
export function allNodes(nodes: (AriaNode | string)[]): AriaNode[] {
  return nodes.flatMap((node) => (typeof node === 'string' ? [] : [node, ...allNodes(node.children)]));
}
