// Whether a name in the code is ours: `ApiError`, `apiError`, `isApiError` imported from
// `@monitorqa/errors` (or a subpath of ours), or used without any declaration the file can
// see. A project's own class that happens to be called `ApiError` is not.
import { AST_NODE_TYPES, TSESLint, type TSESTree } from '@typescript-eslint/utils';

const OUR_PACKAGES = /^@monitorqa\/errors(?:-server|-client)?(?:\/|$)/;

/** Whether `identifier` refers to our export of that name, as far as the file tells. */
export function isOurs(identifier: TSESTree.Identifier, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  let scope: TSESLint.Scope.Scope | null = sourceCode.getScope(identifier);
  while (scope) {
    const variable = scope.set.get(identifier.name);
    if (variable !== undefined) {
      const def = variable.defs[0];
      // Declared in the file (a class, a function, a parameter…): not ours, unless imported from us.
      if (def?.type !== TSESLint.Scope.DefinitionType.ImportBinding) return def === undefined;
      const declaration = def.parent;
      return declaration.type === AST_NODE_TYPES.ImportDeclaration && OUR_PACKAGES.test(declaration.source.value);
    }
    scope = scope.upper;
  }
  return true;
}
