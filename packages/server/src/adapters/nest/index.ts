// NestJS 10–12 on Express or Fastify: one subpath, `@monitorqa/errors-server/nest`.

export { useErrorContract, type UseErrorContractOptions } from './bootstrap.js';
export { frameworkErrors } from './framework-errors.js';
export { ErrorContractFilter, type NestErrorOptions } from './filter.js';
export { ErrorContractModule } from './module.js';
export { send } from './send.js';
export { ContractValidationPipe } from './validation-pipe.js';
