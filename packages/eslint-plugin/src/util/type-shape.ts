// A body judged by its type, where the project gives type information: a string is text; an
// object type with no `error: { message, code }` (and no `toJSON` that could make one) is not the
// envelope. `any`, `unknown` and unions of anything but strings say nothing.
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { EnvelopeShape } from './envelope.js';

// TypeScript's `TypeFlags`, stable across its releases; the plugin does not depend on `typescript` itself.
const STRING_LIKE = 4 | 128 | 134217728 | 268435456; // String, StringLiteral, TemplateLiteral, StringMapping
const OBJECT = 524288;

interface TypeLike {
  readonly flags: number;
  isUnion(): boolean;
  readonly types?: readonly TypeLike[];
  getProperty(name: string): unknown;
}

/** What the type checker says a body is; `undefined` where there is no type information or it says nothing. */
export function typeShape(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): EnvelopeShape | undefined {
  const services = sourceCode.parserServices;
  if (services?.program == null || services.esTreeNodeToTSNodeMap === undefined) return undefined;
  const checker = services.program.getTypeChecker();
  const type = checker.getTypeAtLocation(services.esTreeNodeToTSNodeMap.get(node as never)) as unknown as TypeLike;
  const members = type.isUnion() ? (type.types ?? []) : [type];
  if (members.length > 0 && members.every((t) => (t.flags & STRING_LIKE) !== 0)) return { kind: 'text', text: node };
  if (type.isUnion() || (type.flags & OBJECT) === 0) return undefined;
  if (type.getProperty('error') !== undefined || type.getProperty('toJSON') !== undefined) return undefined;
  return { kind: 'not-envelope', object: undefined };
}
