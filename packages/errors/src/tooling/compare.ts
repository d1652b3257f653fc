// What a change to a catalog does to the clients of the service: BREAKING, or not.
import { BASE_CODES } from '../codes.js';
import type { JsonSchema } from './json-schema.js';
import type { CatalogSnapshot, CodeSnapshot } from './snapshot.js';

/** One difference between two snapshots. */
export interface CatalogChange {
  /** `breaking` fails `check`; `safe` and `notice` are reported only. */
  readonly kind: 'breaking' | 'safe' | 'notice';
  readonly code: string;
  readonly message: string;
}

/**
 * The changes from a released snapshot to the current one. A code that disappears or changes
 * status, a details key removed, made optional or given another type, are breaking; a new code
 * or a new key is safe; a code whose details are known by type alone is a notice, once, and so is
 * a changed `domain` (code `(domain)`).
 * @example const breaking = compareSnapshots(released, snapshotOf(catalog)).filter((c) => c.kind === 'breaking')
 */
export function compareSnapshots(before: CatalogSnapshot, after: CatalogSnapshot): CatalogChange[] {
  const changes: CatalogChange[] = [];
  // Nothing on the wire names the domain, but the fleet does: other services' `check --against` tell codes apart by it.
  if (before.domain !== after.domain)
    changes.push({
      kind: 'notice',
      code: '(domain)',
      message: `changed from ${domainOf(before)} to ${domainOf(after)}: other services' \`check --against\` now name this catalog by it. Tell the services that compare against its snapshot.`,
    });
  for (const [code, old] of Object.entries(before.codes)) {
    const now = after.codes[code];
    if (now === undefined)
      changes.push({
        kind: 'breaking',
        code,
        message: `removed (was ${String(old.status)}): clients that handle it will never see it again.`,
      });
    else changes.push(...compareCode(code, old, now));
  }
  for (const [code, now] of Object.entries(after.codes)) {
    if (before.codes[code] === undefined)
      changes.push({ kind: 'safe', code, message: `added (${String(now.status)}).` });
  }
  const typeOnly = Object.entries(after.codes)
    .filter(([, c]) => c.detailsTypeOnly === true)
    .map(([code]) => code);
  if (typeOnly.length > 0) {
    changes.push({
      kind: 'notice',
      code: typeOnly.join(', '),
      message:
        'declare details by type alone (details<T>()): only their code and status are guarded. Declare them with a Standard Schema validator or schemaDetails() to guard their details too.',
    });
  }
  return changes;
}

/**
 * Codes two services both define, differently: one name must mean one thing across a fleet.
 * The base contract's codes are shared by every service and left out.
 * @example compareDomains(snapshotOf(monitors), JSON.parse(readFileSync('billing.snapshot.json', 'utf8')))
 */
export function compareDomains(ours: CatalogSnapshot, theirs: CatalogSnapshot): CatalogChange[] {
  const changes: CatalogChange[] = [];
  const who = (s: CatalogSnapshot): string => s.domain ?? 'a service without a domain';
  for (const [code, mine] of Object.entries(ours.codes)) {
    const other = theirs.codes[code];
    if (other === undefined || Object.hasOwn(BASE_CODES, code)) continue;
    const differences = [
      ...(mine.status === other.status ? [] : [`status ${String(mine.status)} here, ${String(other.status)} there`]),
      ...(JSON.stringify(mine.details) === JSON.stringify(other.details) ? [] : ['details of another shape']),
    ];
    if (differences.length > 0)
      changes.push({
        kind: 'breaking',
        code,
        message: `defined by ${who(ours)} and by ${who(theirs)} differently: ${differences.join('; ')}.`,
      });
  }
  return changes;
}

const domainOf = (snapshot: CatalogSnapshot): string =>
  snapshot.domain === undefined ? 'no domain' : `"${snapshot.domain}"`;

function compareCode(code: string, old: CodeSnapshot, now: CodeSnapshot): CatalogChange[] {
  if (old.status !== now.status)
    return [{ kind: 'breaking', code, message: `status changed from ${String(old.status)} to ${String(now.status)}.` }];
  if (old.details === undefined) return [];
  if (now.details === undefined) {
    return [
      {
        kind: now.detailsTypeOnly === true ? 'notice' : 'breaking',
        code,
        message:
          now.detailsTypeOnly === true
            ? 'details no longer described at run time: they can no longer be guarded.'
            : 'details removed.',
      },
    ];
  }
  return compareSchema(code, 'details', old.details, now.details);
}

type Schema = JsonSchema & {
  readonly type?: unknown;
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
};

function compareSchema(code: string, path: string, old: Schema, now: Schema): CatalogChange[] {
  if (typeName(old) !== typeName(now))
    return [{ kind: 'breaking', code, message: `${path} changed type from ${typeName(old)} to ${typeName(now)}.` }];
  const changes: CatalogChange[] = [];
  const oldProps = old.properties ?? {};
  const newProps = now.properties ?? {};
  for (const [key, schema] of Object.entries(oldProps)) {
    const next = newProps[key];
    if (next === undefined) {
      changes.push({ kind: 'breaking', code, message: `${path}.${key} removed.` });
      continue;
    }
    if ((old.required ?? []).includes(key) && !(now.required ?? []).includes(key))
      changes.push({ kind: 'breaking', code, message: `${path}.${key} is no longer always sent.` });
    changes.push(...compareSchema(code, `${path}.${key}`, schema, next));
  }
  for (const key of Object.keys(newProps))
    if (!Object.hasOwn(oldProps, key)) changes.push({ kind: 'safe', code, message: `${path}.${key} added.` });
  return changes;
}

// integer is a number a reader can already read: a change between them is not a change of type.
function typeName(schema: Schema): string {
  const types = [schema.type]
    .flat()
    .filter((t): t is string => typeof t === 'string')
    .map((t) => (t === 'integer' ? 'number' : t));
  return types.length === 0 ? 'any' : [...new Set(types)].sort().join('|');
}
