// NestJS 10–12 on Express or Fastify: one subpath, `@monitorqa/errors-server/nest`.
import { frameworkErrors as fastifyFrameworkErrors } from './fastify.js';

export { useErrorContract, type UseErrorContractOptions } from './nest/bootstrap.js';
export { ErrorContractFilter, type NestErrorOptions } from './nest/filter.js';
export { ErrorContractModule } from './nest/module.js';
export { send } from './nest/send.js';
export { ContractValidationPipe } from './nest/validation-pipe.js';

/**
 * Errors Fastify raises before Nest sees the request (a path that is not valid
 * percent-encoding) get the envelope too: pass it to Nest's Fastify adapter.
 * @example NestFactory.create(AppModule, new FastifyAdapter({ frameworkErrors }))
 */
// Typed loosely on purpose: Nest's adapter pins its own copy of Fastify, whose types are not ours.
export const frameworkErrors: (error: unknown, request: unknown, reply: unknown) => void = fastifyFrameworkErrors as never;
