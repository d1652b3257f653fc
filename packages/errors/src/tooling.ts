// Build-time tooling, behind its own subpath (`@monitorqa/errors/tooling`): docs prose, JSON
// Schema, OpenAPI and Markdown writers, the catalog snapshot and its comparison. A service's runtime
// imports none of it.
export { STATUS_DOCS, type StatusDoc } from './tooling/status-docs.js';
export { detailsSchemaOf, toJsonSchema, type JsonSchema } from './tooling/json-schema.js';
export { toOpenApiComponents } from './tooling/openapi.js';
export { toCodesMarkdown, type CodesMarkdownOptions } from './tooling/markdown.js';
export { isSnapshot, snapshotOf, type CatalogSnapshot, type CodeSnapshot } from './tooling/snapshot.js';
export { compareDomains, compareSnapshots, type CatalogChange } from './tooling/compare.js';
export {
  catalogFiles,
  catalogFromPackageJson,
  type CatalogConfig,
  type CatalogLocation,
} from './tooling/catalog-config.js';
export { toOpenApiDocument, type OpenApiDocumentOptions } from './tooling/openapi-routes.js';
export { compareRoutes, routesSnapshotOf, type RouteChange, type RouteSnapshot } from './tooling/route-changes.js';
