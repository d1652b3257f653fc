// The one place a service shapes every error answer: its central error handler, as each framework
// spells it. Express's four-argument middleware, Fastify's `setErrorHandler`, Hono's `app.onError`,
// Koa's `try { await next() } catch` middleware and `app.context.onerror`, NestJS's `@Catch` filters.
import { ASTUtils, AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { importSource } from './static-value.js';
import { walkOwn } from './walk.js';

type Node = TSESTree.Node;

/** The frameworks whose central error handler is recognised, and the adapter that replaces each. */
export type Framework = 'express' | 'fastify' | 'hono' | 'koa' | 'nest';

/** A central error handler: the code that answers errors, and the name its error goes by there. */
export interface ErrorHandler {
  readonly framework: Framework;
  /** The handler's code: a function body, or a Koa middleware's `catch` block. */
  readonly body: Node;
  /** The parameter that holds the error, when it has a name. */
  readonly error: string | undefined;
}

/** One answer a handler gives: its status and body expressions, as far as they are written. */
export interface Answer {
  readonly node: Node;
  readonly status: Node | undefined;
  readonly body: Node | undefined;
  /** Sent with no body: `res.status(s).end()`. */
  readonly bodyless: boolean;
}

const name = (node: Node | undefined): string | undefined =>
  node?.type === AST_NODE_TYPES.Identifier ? node.name : undefined;
const member = (node: Node): string | undefined =>
  node.type === AST_NODE_TYPES.MemberExpression && !node.computed ? name(node.property) : undefined;
const paramName = (fn: TSESTree.FunctionLike, index: number): string | undefined => {
  const param = fn.params[index];
  return param?.type === AST_NODE_TYPES.AssignmentPattern ? name(param.left) : name(param);
};

/** Express's error middleware: four parameters, named as Express code names them, or given to `.use(…)`. */
function isExpressHandler(fn: TSESTree.FunctionLike): boolean {
  if (fn.params.length !== 4 || fn.body?.type !== AST_NODE_TYPES.BlockStatement) return false;
  const parent = fn.parent;
  if (parent.type === AST_NODE_TYPES.CallExpression && member(parent.callee) === 'use') return true;
  return /^req(uest)?$/.test(paramName(fn, 1) ?? '') && /^res(ponse)?$/.test(paramName(fn, 2) ?? '');
}

/** The central error handler a function is, if it is one. */
export function functionHandler(fn: TSESTree.FunctionLike): ErrorHandler | undefined {
  const parent = fn.parent;
  const method =
    parent.type === AST_NODE_TYPES.CallExpression && parent.arguments[0] === fn ? member(parent.callee) : undefined;
  const body = fn.body;
  if (body == null) return undefined;
  if (method === 'setErrorHandler') return { framework: 'fastify', body, error: paramName(fn, 0) };
  if (method === 'onError' && fn.params.length === 2) return { framework: 'hono', body, error: paramName(fn, 0) };
  if (isExpressHandler(fn)) return { framework: 'express', body, error: paramName(fn, 0) };
  // Koa: `app.context.onerror = function (err) { this.status = …; this.body = … }`.
  if (parent.type === AST_NODE_TYPES.AssignmentExpression && parent.right === fn && member(parent.left) === 'onerror')
    return { framework: 'koa', body, error: paramName(fn, 0) };
  // NestJS: the `catch(exception, host)` method of a `@Catch()` class.
  if (
    parent.type === AST_NODE_TYPES.MethodDefinition &&
    name(parent.key) === 'catch' &&
    parent.parent.parent.type === AST_NODE_TYPES.ClassDeclaration &&
    parent.parent.parent.decorators.some(
      (d) => d.expression.type === AST_NODE_TYPES.CallExpression && name(d.expression.callee) === 'Catch',
    )
  )
    return { framework: 'nest', body, error: paramName(fn, 0) };
  return undefined;
}

/** Koa's error middleware: `try { await next() } catch (err) { … }`; the handler is the `catch` block. */
export function tryHandler(node: TSESTree.TryStatement): ErrorHandler | undefined {
  if (node.handler === null) return undefined;
  const callsNext = node.block.body.some((statement) => {
    const expression =
      statement.type === AST_NODE_TYPES.ExpressionStatement
        ? statement.expression
        : statement.type === AST_NODE_TYPES.ReturnStatement
          ? statement.argument
          : null;
    const awaited = expression?.type === AST_NODE_TYPES.AwaitExpression ? expression.argument : undefined;
    return awaited?.type === AST_NODE_TYPES.CallExpression && name(awaited.callee) === 'next';
  });
  return callsNext
    ? { framework: 'koa', body: node.handler.body, error: name(node.handler.param ?? undefined) }
    : undefined;
}

const SEND = new Set(['json', 'send', 'end']);
const STATUS = new Set(['status', 'code']);
const CHAIN = new Set(['set', 'header', 'headers', 'type', 'setHeader', 'contentType']);

/** The status call a send call is chained on (`res.status(s).set(h).json(b)`), if any. */
function statusCallOf(send: TSESTree.MemberExpression): TSESTree.CallExpression | undefined {
  let object = send.object;
  while (object.type === AST_NODE_TYPES.CallExpression && object.callee.type === AST_NODE_TYPES.MemberExpression) {
    const method = member(object.callee);
    if (method !== undefined && STATUS.has(method)) return object;
    if (method === undefined || !CHAIN.has(method)) return undefined;
    object = object.callee.object;
  }
  return undefined;
}

/** The answers a handler gives: sends, with or without a status chained before them, and Koa's `status`/`body`. */
export function answersOf(handler: ErrorHandler, sourceCode: Readonly<TSESLint.SourceCode>): Answer[] {
  const answers: Answer[] = [];
  walkOwn(handler.body, sourceCode, (node) => {
    if (node.type === AST_NODE_TYPES.CallExpression && node.callee.type === AST_NODE_TYPES.MemberExpression) {
      const method = member(node.callee);
      const [first, second, third] = node.arguments;
      if (method !== undefined && SEND.has(method)) {
        const status = statusCallOf(node.callee)?.arguments[0];
        // Hono's `c.json(body, status)`.
        const honoStatus = method === 'json' && status === undefined ? second : undefined;
        answers.push({ node, status: status ?? honoStatus, body: first, bodyless: first === undefined });
      } else if (method === 'sendStatus' || method === 'writeHead') {
        answers.push({ node, status: first, body: method === 'sendStatus' ? node : undefined, bodyless: false });
      } else if ((method === 'text' || method === 'html') && second !== undefined) {
        answers.push({ node, status: second, body: node, bodyless: false });
      } else if (method === 'reply' && third !== undefined) {
        // NestJS's `httpAdapter.reply(response, body, status)`.
        answers.push({ node, status: third, body: second, bodyless: false });
      }
    }
    if (node.type === AST_NODE_TYPES.AssignmentExpression && node.operator === '=') {
      const field = member(node.left);
      const target = node.left.type === AST_NODE_TYPES.MemberExpression ? node.left.object : undefined;
      const koa = target?.type === AST_NODE_TYPES.ThisExpression || /^(ctx|context)$/.test(name(target) ?? '');
      if ((field === 'status' && koa) || field === 'statusCode')
        answers.push({ node, status: node.right, body: undefined, bodyless: false });
      if (field === 'body' && koa) answers.push({ node, status: undefined, body: node.right, bodyless: false });
    }
    return true;
  });
  return answers;
}

const OURS = /^@monitorqa\/errors(?:-server)?(?:\/|$)/;

/** Whether a handler hands its error to our adapter or helpers: any name it calls imported from @monitorqa/errors(-server). */
export function usesOurAdapter(handler: ErrorHandler, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  let ours = false;
  walkOwn(handler.body, sourceCode, (node) => {
    if (ours || node.type !== AST_NODE_TYPES.CallExpression) return !ours;
    let callee: Node = node.callee;
    while (callee.type === AST_NODE_TYPES.MemberExpression) callee = callee.object;
    if (callee.type === AST_NODE_TYPES.CallExpression) callee = callee.callee;
    if (ASTUtils.isIdentifier(callee)) {
      const source = importSource(ASTUtils.findVariable(sourceCode.getScope(callee), callee));
      if (source !== undefined && OURS.test(source)) ours = true;
    }
    return !ours;
  });
  return ours;
}
