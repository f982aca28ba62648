import type { ComplexAttributeConverter } from 'lit';

/** A text attribute whose absence is `undefined` (not `null`), and whose empty value is no attribute. */
export const optionalText: ComplexAttributeConverter<string | undefined> = {
  fromAttribute: (value) => value ?? undefined,
  toAttribute: (value) => value || null,
};

/** A text attribute whose absence is `''`, and whose empty value is no attribute (`search=""` only clutters). */
export const textOrEmpty: ComplexAttributeConverter<string> = {
  fromAttribute: (value) => value ?? '',
  toAttribute: (value) => value || null,
};

/** A list attribute's items ("housing, education" or "housing education"), in order, without repeats. */
export function parseList(value: string | null | undefined): string[] {
  return [...new Set((value ?? '').split(/[\s,]+/).filter((item) => item.length > 0))];
}

/** The property value for a list: items joined by commas, or undefined (no attribute) when empty. */
export function formatList(items: Iterable<string>): string | undefined {
  const list = [...items];
  return list.length ? list.join(',') : undefined;
}
