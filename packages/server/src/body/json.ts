// JSON bodies that can pollute nothing, at the cost of `JSON.parse`. `JSON.parse` makes a
// `"__proto__"` key an own property, harmless until the service merges the body into another
// object; a `constructor` key holding a `prototype` is the other way in. Both are dropped. A
// reviver would do it, but runs for every value: a body with one escaped character or one such
// key cost ten times the parse, before any authentication. Here the text is searched for the
// keys (however their characters are escaped) and only then are the objects walked, without
// recursion, so a deeply nested body cannot overflow the stack.

/** `"key"` followed by `:` in JSON text, each character as itself or as a `\u00XX` escape. */
function keyPattern(key: string): RegExp {
  const chars = Array.from(key, (c) => `(?:${c}|\\\\u00${c.charCodeAt(0).toString(16)})`).join('');
  // Case-insensitive for the hex digits; an upper-case key found by it only costs a walk.
  return new RegExp(`"${chars}"\\s*:`, 'i');
}

const PROTO = keyPattern('__proto__');
const CONSTRUCTOR = keyPattern('constructor');

/** `JSON.parse(text)`, with `__proto__` keys and `constructor` keys holding a `prototype` removed. Throws as `JSON.parse` does. */
export function parseJsonSafely(text: string): unknown {
  const value: unknown = JSON.parse(text);
  if (typeof value !== 'object' || value === null || (!PROTO.test(text) && !CONSTRUCTOR.test(text))) return value;
  const stack: object[] = [value];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (Array.isArray(node)) {
      for (const item of node as unknown[]) if (typeof item === 'object' && item !== null) stack.push(item);
      continue;
    }
    const record = node as Record<string, unknown>;
    if (Object.hasOwn(record, '__proto__')) Reflect.deleteProperty(record, '__proto__');
    const ctor: unknown = Object.hasOwn(record, 'constructor') ? record.constructor : undefined;
    if (typeof ctor === 'object' && ctor !== null && Object.hasOwn(ctor, 'prototype'))
      Reflect.deleteProperty(record, 'constructor');
    for (const key in record) {
      const item = record[key];
      if (typeof item === 'object' && item !== null) stack.push(item);
    }
  }
  return value;
}
