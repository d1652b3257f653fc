export { catalogArtefacts, type ArtefactOptions } from './catalog/artefacts.js';
export { compareDomains, compareSnapshots, type CatalogChange } from './catalog/compare.js';
export { isCatalog, loadCatalog } from './catalog/load.js';
export { snapshotOf, type CatalogSnapshot, type CodeSnapshot } from './catalog/snapshot.js';
export { ContractViolation, assertErrorContract, canProbe, runProbe } from './conformance/assert.js';
export { errorContractProbes, probesTable, type ContractOptions, type Expectation, type Probe, type ProbeRequest, type ProbeRoute, type StatusCase } from './conformance/probes.js';
export type { Answer, ContractTarget } from './conformance/target.js';
export { mockError, sampleOf, type MockErrorInit } from './mocks/mock-error.js';
export { EXIT, main, type CliIo } from './cli/main.js';
