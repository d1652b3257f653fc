// Most Nest apps already have a global exception filter (a logging one, a `@Catch(HttpException)`).
// Nest tries the global filter registered last first, so one registered after the contract's answers
// in its own shape, silently: it is found at bootstrap and named once, with the way to keep it.
import { HttpException, Logger } from '@nestjs/common';
import { ExternalContextCreator } from '@nestjs/core';
import { ErrorContractFilter } from './filter.js';

// `@Catch(...)` stores its exception types under this key (Nest's FILTER_CATCH_EXCEPTIONS).
const CATCH = '__filterCatchExceptions__';

interface Container {
  readonly container?: { readonly applicationConfig?: { getGlobalFilters?(): readonly unknown[] } };
}

/** The app's global filters in registration order, read from Nest's container, or `[]` where Nest keeps them elsewhere. */
export function globalFiltersOf(get: (token: typeof ExternalContextCreator) => unknown): readonly unknown[] {
  try {
    return (get(ExternalContextCreator) as Container).container?.applicationConfig?.getGlobalFilters?.() ?? [];
  } catch {
    return [];
  }
}

/**
 * Warns once, through Nest's logger, about each global filter Nest tries before `ours` that catches
 * what the contract answers (every exception, or `HttpException`), naming it and the fix.
 */
export function warnAboutShadowingFilters(filters: readonly unknown[], ours: ErrorContractFilter): void {
  const after = filters.slice(filters.indexOf(ours) + 1);
  for (const filter of after) {
    if (filter instanceof ErrorContractFilter || typeof filter !== 'object' || filter === null) continue;
    const types = (Reflect.getMetadata(CATCH, filter.constructor) as unknown[] | undefined) ?? [];
    const catches = types.length === 0 ? 'every exception' : caughtHttpException(types);
    if (catches === undefined) continue;
    const name = filter.constructor.name;
    new Logger('ErrorContract').warn(
      `The global exception filter ${name} catches ${catches} and runs before ErrorContractFilter: its answers go out ` +
        `instead of the contract's envelope. Keep it by making it extend ErrorContractFilter and call super.catch(exception, host) ` +
        `(see "Keeping your exception filter" in the @monitorqa/errors-server README).`,
    );
  }
}

function caughtHttpException(types: readonly unknown[]): string | undefined {
  const type = types.find(
    // HttpException itself, a subclass (NotFoundException) or a superclass (Error) of it.
    (t) =>
      typeof t === 'function' &&
      (t === HttpException || t.prototype instanceof HttpException || HttpException.prototype instanceof t),
  ) as { name: string } | undefined;
  return type?.name;
}
