// espree ships no types; ESLint's default parser is all the JS RuleTester needs of it.
declare module 'espree' {
  export function parse(code: string, options?: unknown): unknown;
  export const version: string;
}
