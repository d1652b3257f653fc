// A service's own error classes that carry a status given to them: `new InternalFlowiseError(
// StatusCodes.PRECONDITION_FAILED, msg)`. A class qualifies when its constructor puts one of its
// parameters on `this.status` (or `statusCode`, `httpCode`, `httpStatus`), or hands it to a
// framework exception's status (`super(message, status)` of Nest's `HttpException`). The class is
// read where it is declared: in the file, or in the module a relative import names (parsed, never run).
import { readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parse } from '@typescript-eslint/typescript-estree';
import { ASTUtils, AST_NODE_TYPES, TSESLint, type TSESTree } from '@typescript-eslint/utils';

type Node = TSESTree.Node;
type ClassNode = TSESTree.ClassDeclaration | TSESTree.ClassExpression;

const STATUS_FIELDS = new Set(['status', 'statusCode', 'httpCode', 'httpStatus', 'status_code']);
/** Framework exceptions whose constructor takes the status, and where. */
const SUPER_STATUS: Readonly<Record<string, number>> = { HttpException: 1, HTTPException: 0 };
const EXTENSIONS = ['', '.ts', '.tsx', '.mts', '.js', '.mjs', '.cjs', '/index.ts', '/index.js'];

const paramName = (param: TSESTree.Parameter): string | undefined => {
  const p = param.type === AST_NODE_TYPES.TSParameterProperty ? param.parameter : param;
  const id = p.type === AST_NODE_TYPES.AssignmentPattern ? p.left : p;
  return id.type === AST_NODE_TYPES.Identifier ? id.name : undefined;
};

/** The index of the constructor parameter a class puts on its status, if it does. */
export function statusParameter(klass: ClassNode): number | undefined {
  const ctor = klass.body.body.find(
    (m): m is TSESTree.MethodDefinition => m.type === AST_NODE_TYPES.MethodDefinition && m.kind === 'constructor',
  );
  if (ctor === undefined) return undefined;
  const params = ctor.value.params;
  // `constructor(public readonly statusCode: number, …)`
  const property = params.findIndex(
    (p) => p.type === AST_NODE_TYPES.TSParameterProperty && STATUS_FIELDS.has(paramName(p) ?? ''),
  );
  if (property !== -1) return property;
  const names = params.map(paramName);
  const superName = klass.superClass?.type === AST_NODE_TYPES.Identifier ? klass.superClass.name : undefined;
  for (const statement of ctor.value.body?.body ?? []) {
    if (statement.type !== AST_NODE_TYPES.ExpressionStatement) continue;
    const e = statement.expression;
    // this.statusCode = statusCode
    if (
      e.type === AST_NODE_TYPES.AssignmentExpression &&
      e.left.type === AST_NODE_TYPES.MemberExpression &&
      e.left.object.type === AST_NODE_TYPES.ThisExpression &&
      !e.left.computed &&
      e.left.property.type === AST_NODE_TYPES.Identifier &&
      STATUS_FIELDS.has(e.left.property.name) &&
      e.right.type === AST_NODE_TYPES.Identifier
    ) {
      const index = names.indexOf(e.right.name);
      if (index !== -1) return index;
    }
    // super(message, status) of HttpException
    if (
      e.type === AST_NODE_TYPES.CallExpression &&
      e.callee.type === AST_NODE_TYPES.Super &&
      superName !== undefined &&
      SUPER_STATUS[superName] !== undefined
    ) {
      const argument = e.arguments[SUPER_STATUS[superName]];
      const index = argument?.type === AST_NODE_TYPES.Identifier ? names.indexOf(argument.name) : -1;
      if (index !== -1) return index;
    }
  }
  return undefined;
}

// Modules read for their classes, by path: parsed again only when the file changes.
const modules = new Map<string, { readonly mtime: number; readonly classes: ReadonlyMap<string, number> }>();

function classesOf(path: string): ReadonlyMap<string, number> {
  const mtime = statSync(path).mtimeMs;
  const hit = modules.get(path);
  if (hit?.mtime === mtime) return hit.classes;
  const classes = new Map<string, number>();
  try {
    const program = parse(readFileSync(path, 'utf8'), { jsx: path.endsWith('x'), loc: false, range: false });
    for (const statement of program.body) {
      const declaration =
        statement.type === AST_NODE_TYPES.ExportNamedDeclaration ||
        statement.type === AST_NODE_TYPES.ExportDefaultDeclaration
          ? statement.declaration
          : statement;
      if (declaration?.type !== AST_NODE_TYPES.ClassDeclaration) continue;
      const index = statusParameter(declaration);
      if (index === undefined) continue;
      if (declaration.id) classes.set(declaration.id.name, index);
      if (statement.type === AST_NODE_TYPES.ExportDefaultDeclaration) classes.set('default', index);
    }
  } catch {
    // A module that does not parse carries no class we can read.
  }
  modules.set(path, { mtime, classes });
  return classes;
}

function resolveModule(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(from), specifier);
  // `./errors.js` written for a `./errors.ts` source.
  const candidates = [...EXTENSIONS.map((e) => base + e), base.replace(/\.js$/, '.ts')];
  for (const candidate of candidates) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // Not this one.
    }
  }
  return undefined;
}

/** The index of the status argument of `new X(…)`, for a class of the service that carries one. */
export function statusArgumentIndex(
  callee: Node,
  sourceCode: Readonly<TSESLint.SourceCode>,
  filename: string,
): number | undefined {
  if (!ASTUtils.isIdentifier(callee)) return undefined;
  const variable = ASTUtils.findVariable(sourceCode.getScope(callee), callee);
  const def = variable?.defs[0];
  if (def === undefined) return undefined;
  if (def.type === TSESLint.Scope.DefinitionType.ClassName) return statusParameter(def.node);
  if (def.type !== TSESLint.Scope.DefinitionType.ImportBinding || def.parent.type !== AST_NODE_TYPES.ImportDeclaration)
    return undefined;
  const path = resolveModule(filename, def.parent.source.value);
  if (path === undefined) return undefined;
  const imported =
    def.node.type === AST_NODE_TYPES.ImportSpecifier
      ? def.node.imported.type === AST_NODE_TYPES.Identifier
        ? def.node.imported.name
        : def.node.imported.value
      : def.node.type === AST_NODE_TYPES.ImportDefaultSpecifier
        ? 'default'
        : undefined;
  return imported === undefined ? undefined : classesOf(path).get(imported);
}
