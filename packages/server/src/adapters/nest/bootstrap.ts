import type { INestApplication } from '@nestjs/common';
import { DEFAULT_BODY_LIMIT } from '../../body/policy.js';
import { readJsonBodies } from './body.js';
import { ErrorContractFilter, type NestErrorOptions } from './filter.js';
import { stampRequestIds } from './request-id.js';
import { globalFiltersOf, warnAboutShadowingFilters } from './shadow.js';

/** Options of `useErrorContract` and `ErrorContractModule.forRoot`. */
export interface UseErrorContractOptions extends NestErrorOptions {
  /** Read JSON bodies as every adapter of this package does (the table in the README), in place of Nest's parsers. Default `true`. */
  readonly jsonBody?: boolean;
  /** Keep each body's bytes on `req.rawBody` too, as Nest's `rawBody: true` does (to check a webhook's signature). Default `false`. */
  readonly rawBody?: boolean;
  /**
   * Put `X-Request-Id` on every answer, successes included (error answers always carry one). Default `false`: a
   * service whose own middleware sets the id keeps it, and error answers echo that one.
   */
  readonly requestId?: boolean;
}

/**
 * Puts a Nest app (Express or Fastify platform) under the contract, in `main.ts` before
 * `listen`: the global `ErrorContractFilter`, and JSON bodies read as on every adapter
 * (`application/json` or `application/*+json`, UTF-8, unencoded, at most `bodyLimit` bytes;
 * anything else the contract's 400) in place of Nest's body parsers.
 * @example
 * const app = await NestFactory.create(AppModule);
 * useErrorContract(app, { onServerError: (err) => logger.error(err) });
 * await app.listen(3000);
 */
export function useErrorContract(app: INestApplication, options: UseErrorContractOptions = {}): void {
  const adapter = app.getHttpAdapter();
  const limit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  if (options.requestId === true) stampRequestIds(adapter);
  if (options.jsonBody !== false) readJsonBodies(adapter, limit, options.rawBody === true);
  const filter = new ErrorContractFilter(adapter, { ...options, bodyLimit: limit });
  app.useGlobalFilters(filter);
  // Nest initialises its adapter first thing in `init` (which `listen` runs), once `main.ts` has registered
  // its own global filters: one that would answer instead is named then. (Nest's app is a proxy that keeps
  // its own methods; the adapter is a plain object.)
  const init = adapter.init?.bind(adapter);
  adapter.init = async () => {
    await init?.();
    warnAboutShadowingFilters(
      globalFiltersOf((token) => app.get(token)),
      filter,
    );
  };
}
