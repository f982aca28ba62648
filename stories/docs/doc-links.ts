// The pages in docs/ link to each other as files (`languages.md#…`), which is right on a code host.
// In the catalogue each page is a docs entry: point those links at the entries, which the docs
// renderer then opens in the catalogue itself.

/** The catalogue entry of each page in docs/ (and of the package README). */
const ENTRIES: Record<string, string> = {
  'README.md': 'docs-overview--docs',
  'story-document.md': 'docs-story-document--docs',
  'architecture.md': 'docs-architecture--docs',
  'theming.md': 'docs-theming--docs',
  'languages.md': 'docs-languages--docs',
  'security-and-privacy.md': 'docs-security-and-privacy--docs',
  'accessibility.md': 'docs-accessibility-statement--docs',
  'wordpress.md': 'docs-wordpress--docs',
  'cli.md': 'docs-command-line--docs',
  'editor.md': 'docs-from-a-spreadsheet-to-a-widget--docs',
  'layout-shift.md': 'docs-no-layout-shift--docs',
  '../README.md': 'getting-started--docs',
};

/** The markdown of a docs page with its links to other pages turned into catalogue links. */
export function forCatalogue(markdown: string): string {
  return markdown.replace(/\]\(((?:\.\.\/)?[\w-]+\.md)(#[\w-]+)?\)/g, (link: string, file: string) => {
    const entry = ENTRIES[file];
    return entry ? `](?path=/docs/${entry})` : link;
  });
}
