import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { propertyValue, staticValue, unwrap } from './static-value.js';

/** What an object literal body is, read as an error envelope. */
export type EnvelopeShape =
  | { readonly kind: 'envelope'; readonly codeNode: TSESTree.Node; readonly code: string | undefined }
  | { readonly kind: 'not-envelope'; readonly object: TSESTree.ObjectExpression }
  /** Text where JSON is due: a string, a template, an error's `.message`, or `sendStatus`'s reason phrase. */
  | { readonly kind: 'text'; readonly text: TSESTree.Node | undefined }
  /** A spread or a computed key: it cannot be read without running it. */
  | { readonly kind: 'unknown' };

function isText(node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.Literal) return typeof node.value === 'string';
  if (node.type === AST_NODE_TYPES.TemplateLiteral) return true;
  // `err.message`: an error's own text, which in a 5xx is exactly what must not leak.
  if (
    node.type === AST_NODE_TYPES.MemberExpression &&
    !node.computed &&
    node.property.type === AST_NODE_TYPES.Identifier
  )
    return node.property.name === 'message';
  // `res.sendStatus(404)` is its own body.
  return (
    node.type === AST_NODE_TYPES.CallExpression &&
    node.callee.type === AST_NODE_TYPES.MemberExpression &&
    node.callee.property.type === AST_NODE_TYPES.Identifier &&
    node.callee.property.name === 'sendStatus'
  );
}

function hasSpreadOrComputed(object: TSESTree.ObjectExpression): boolean {
  return object.properties.some((p) => p.type === AST_NODE_TYPES.SpreadElement || p.computed);
}

/** Reads an object literal as `{ error: { message, code, details? } }`. Anything that is not an object literal is `unknown`. */
export function envelopeShape(body: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): EnvelopeShape {
  const object = unwrap(body);
  if (isText(object)) return { kind: 'text', text: object.type === AST_NODE_TYPES.CallExpression ? undefined : object };
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
