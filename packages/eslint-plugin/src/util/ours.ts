// Whether a name in the code is ours: `ApiError`, `apiError`, `isApiError` imported from
// `@monitorqa/errors` (or a subpath of ours), or used without any declaration the file can
// see. A project's own class that happens to be called `ApiError` is not.
import { ASTUtils, AST_NODE_TYPES, TSESLint, type TSESTree } from '@typescript-eslint/utils';

const OUR_PACKAGES = /^@monitorqa\/errors(?:-server|-client)?(?:\/|$)/;

/** Whether `identifier` refers to our export of that name, as far as the file tells. */
export function isOurs(identifier: TSESTree.Identifier, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const variable = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier);
  // Not declared anywhere the file can see (a global, or a name the bundler provides): ours.
  if (variable === null) return true;
  const def = variable.defs[0];
  // Declared in the file (a class, a function, a parameter…): not ours, unless imported from us.
  if (def?.type !== TSESLint.Scope.DefinitionType.ImportBinding) return def === undefined;
  const declaration = def.parent;
  return declaration.type === AST_NODE_TYPES.ImportDeclaration && OUR_PACKAGES.test(declaration.source.value);
}
