import type { TSESLint } from '@typescript-eslint/utils';
import codeStatusMismatch from './code-status-mismatch.js';
import noRawStatusCheck from './no-raw-status-check.js';
import preferEnsureOk from './prefer-ensure-ok.js';
import noUndocumentedStatus from './no-undocumented-status.js';
import noUnknownErrorCode from './no-unknown-error-code.js';
import requireErrorEnvelope from './require-error-envelope.js';
import requireErrorHandlerEnvelope from './require-error-handler-envelope.js';

export const rules = {
  'code-status-mismatch': codeStatusMismatch,
  'no-raw-status-check': noRawStatusCheck,
  'no-undocumented-status': noUndocumentedStatus,
  'no-unknown-error-code': noUnknownErrorCode,
  'prefer-ensure-ok': preferEnsureOk,
  'require-error-envelope': requireErrorEnvelope,
  'require-error-handler-envelope': requireErrorHandlerEnvelope,
} satisfies Record<string, TSESLint.RuleModule<string, readonly unknown[]>>;
