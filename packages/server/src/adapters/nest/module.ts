import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, ExternalContextCreator, HttpAdapterHost } from '@nestjs/core';
import { DEFAULT_BODY_LIMIT } from '../../body/policy.js';
import type { UseErrorContractOptions } from './bootstrap.js';
import { readJsonBodies } from './body.js';
import { ErrorContractFilter } from './filter.js';
import { stampRequestIds } from './request-id.js';
import { globalFiltersOf, warnAboutShadowingFilters } from './shadow.js';

/**
 * Puts the whole app under the contract through Nest's dependency injection: the global
 * `ErrorContractFilter`, and JSON bodies read as on every adapter (as `useErrorContract`).
 * @example @Module({ imports: [ErrorContractModule.forRoot({ onServerError: (err) => logger.error(err) })] })
 */
// eslint-disable-next-line @typescript-eslint/no-extraneous-class -- a Nest module is a class, configured by its static forRoot
export class ErrorContractModule {
  static forRoot(options: UseErrorContractOptions = {}): DynamicModule {
    const limit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
    let filter: ErrorContractFilter | undefined;
    return {
      module: ErrorContractModule,
      global: true,
      providers: [
        {
          provide: APP_FILTER,
          inject: [HttpAdapterHost],
          // Providers are created in NestFactory.create, before Nest registers its body parsers at init.
          useFactory: (host: HttpAdapterHost) => {
            if (options.requestId === true) stampRequestIds(host.httpAdapter);
            if (options.jsonBody !== false) readJsonBodies(host.httpAdapter, limit, options.rawBody === true);
            filter = new ErrorContractFilter(host, { ...options, bodyLimit: limit });
            return filter;
          },
        },
        {
          // At bootstrap `main.ts` has registered its own global filters: one that would answer instead is named.
          provide: Symbol('ErrorContract shadowing filters'),
          inject: [ExternalContextCreator],
          useFactory: (contexts: ExternalContextCreator) => ({
            onApplicationBootstrap: () => {
              if (filter !== undefined)
                warnAboutShadowingFilters(
                  globalFiltersOf(() => contexts),
                  filter,
                );
            },
          }),
        },
      ],
    };
  }
}
Module({})(ErrorContractModule);
