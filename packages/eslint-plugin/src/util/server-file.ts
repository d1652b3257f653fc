// Whether a file is server code: it imports a server framework, or its package depends on one.
// Server code compares statuses of answers from third parties (an OAuth provider, S3, a queue),
// which are not MonitorQA answers and have no MonitorQA codes.
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { packageRootOf } from './find-catalog.js';

const SERVER_MODULES =
  /^(?:express|fastify|koa|@koa\/router|koa-router|hono|@hapi\/hapi|restify|@nestjs\/(?:core|common)|next\/server|@monitorqa\/errors-server)(?:\/|$)/;

// Package folder → whether its package.json depends on a server framework; read once per folder.
const serverPackages = new Map<string, boolean>();

function packageIsServer(root: string): boolean {
  let hit = serverPackages.get(root);
  if (hit === undefined) {
    try {
      const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, unknown>;
      const names = ['dependencies', 'devDependencies', 'peerDependencies'].flatMap((field) =>
        Object.keys((pkg[field] as Record<string, string> | undefined) ?? {}),
      );
      // Next's `next` serves pages and clients alike: only `next/server` imports say server.
      hit = names.some((name) => SERVER_MODULES.test(name));
    } catch {
      hit = false;
    }
    serverPackages.set(root, hit);
  }
  return hit;
}

const moduleOf = (statement: TSESTree.ProgramStatement): string | undefined => {
  if (statement.type === AST_NODE_TYPES.ImportDeclaration) return statement.source.value;
  if (statement.type !== AST_NODE_TYPES.VariableDeclaration) return undefined;
  const init = (statement.declarations[0] as TSESTree.VariableDeclarator | undefined)?.init;
  return init?.type === AST_NODE_TYPES.CallExpression &&
    init.callee.type === AST_NODE_TYPES.Identifier &&
    init.callee.name === 'require' &&
    init.arguments[0]?.type === AST_NODE_TYPES.Literal &&
    typeof init.arguments[0].value === 'string'
    ? init.arguments[0].value
    : undefined;
};

/** Whether the linted file is server code: a server framework among its imports, or among its package's dependencies. */
export function isServerFile(sourceCode: Readonly<TSESLint.SourceCode>, filename: string): boolean {
  if (sourceCode.ast.body.some((statement) => SERVER_MODULES.test(moduleOf(statement) ?? ''))) return true;
  if (!isAbsolute(filename)) return false;
  const root = packageRootOf(dirname(filename));
  return root !== undefined && packageIsServer(root);
}
