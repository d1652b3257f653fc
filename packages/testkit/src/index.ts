export { ContractViolation, assertErrorContract, canProbe, runProbe } from './conformance/assert.js';
export {
  errorContractProbes,
  probesTable,
  type ContractOptions,
  type Expectation,
  type Probe,
  type ProbeRequest,
  type ProbeRoute,
  type StatusCase,
  type StatusRequest,
} from './conformance/probes.js';
export type { Answer, ContractTarget } from './conformance/target.js';
export { mockError, sampleOf, type MockErrorInit } from './mocks/mock-error.js';
export type { RouteProbeOptions } from './conformance/route-probes.js';
