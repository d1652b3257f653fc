type QueryValue = string | number | boolean | undefined | null;

/**
 * Query parameters: `URLSearchParams`, or a record whose arrays repeat their key
 * (`{ ids: [1, 2] }` → `ids=1&ids=2`, as most servers read it). `undefined` and `null` are left out;
 * an object value is a type error (it has no one way to be written).
 */
export type Query = URLSearchParams | Readonly<Record<string, QueryValue | readonly QueryValue[]>>;

/** `?a=1&b=2`, or `''` for no parameters. */
export function toQueryString(query: Query | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  // URLSearchParams iterate as [key, value] pairs, as a record's entries do.
  for (const [key, value] of query instanceof URLSearchParams ? query : Object.entries(query))
    // `append` writes numbers and booleans as their text.
    for (const item of [value].flat()) if (item != null) params.append(key, item as string);
  const text = `${params}`;
  return text && `?${text}`;
}
