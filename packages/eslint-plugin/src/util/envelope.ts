import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { propertyValue, staticValue, unwrap } from './static-value.js';

/** What an object literal body is, read as an error envelope. */
export type EnvelopeShape =
  | { readonly kind: 'envelope'; readonly codeNode: TSESTree.Node; readonly code: string | undefined }
  | { readonly kind: 'not-envelope'; readonly object: TSESTree.ObjectExpression }
  /** A spread or a computed key: it cannot be read without running it. */
  | { readonly kind: 'unknown' };

function hasSpreadOrComputed(object: TSESTree.ObjectExpression): boolean {
  return object.properties.some((p) => p.type === AST_NODE_TYPES.SpreadElement || p.computed);
}

/** Reads an object literal as `{ error: { message, code, details? } }`. Anything that is not an object literal is `unknown`. */
export function envelopeShape(body: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): EnvelopeShape {
  const object = unwrap(body);
  if (object.type !== AST_NODE_TYPES.ObjectExpression || hasSpreadOrComputed(object)) return { kind: 'unknown' };
  const error = propertyValue(object, 'error');
  const inner = error ? unwrap(error) : undefined;
  if (inner?.type !== AST_NODE_TYPES.ObjectExpression) return { kind: 'not-envelope', object };
  if (hasSpreadOrComputed(inner)) return { kind: 'unknown' };
  const codeNode = propertyValue(inner, 'code');
  if (codeNode === undefined || propertyValue(inner, 'message') === undefined) return { kind: 'not-envelope', object };
  const code = staticValue(codeNode, sourceCode);
  return { kind: 'envelope', codeNode, code: typeof code === 'string' ? code : undefined };
}
