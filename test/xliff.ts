// Test helper: the translations of a locale as XLIFF holds them (the source of the generated locale
// modules), each with its English source text; placeholders are left out.
export interface Unit {
  id: string;
  source: string;
  target: string;
}

export async function translations(locale: string): Promise<Unit[]> {
  const xml = new DOMParser().parseFromString(await (await fetch(`/xliff/${locale}.xlf`)).text(), 'application/xml');
  return [...xml.querySelectorAll('trans-unit')]
    .filter((unit) => unit.querySelector('target'))
    .map((unit) => ({
      id: unit.id,
      source: unit.querySelector('source')?.textContent ?? '',
      target: unit.querySelector('target')?.textContent ?? '',
    }));
}
