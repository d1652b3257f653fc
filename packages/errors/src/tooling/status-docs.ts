import type { Status } from '../status.js';

/** The contract's own text for one status: its description and the third column of its table. */
export interface StatusDoc {
  /** The "Description" column. */
  readonly description: string;
  /** Which third column the status's table has. */
  readonly noteLabel: 'Usage' | 'Common Causes' | 'Action';
  /** The third column's text. */
  readonly note: string;
}

/**
 * The contract's prose, kept apart from the policy tables so that a bundle which
 * only needs codes and statuses does not carry it. A test keeps it equal to
 * `contract/status-codes.md`.
 */
export const STATUS_DOCS: Readonly<Record<Status, StatusDoc>> = {
  200: {
    description: 'Request successful',
    noteLabel: 'Usage',
    note: 'Returned for successful GET, PUT, and POST requests',
  },
  201: {
    description: 'Resource created successfully',
    noteLabel: 'Usage',
    note: 'Returned when a new resource is created',
  },
  204: {
    description: 'Request successful, no content to return',
    noteLabel: 'Usage',
    note: 'Typically returned for successful DELETE requests',
  },
  400: {
    description: 'Invalid request format or parameters',
    noteLabel: 'Common Causes',
    note: 'Malformed JSON, missing required fields, invalid parameter values',
  },
  401: {
    description: 'Authentication required or invalid',
    noteLabel: 'Common Causes',
    note: 'Missing or invalid `X-API-KEY` header',
  },
  403: {
    description: 'Access denied',
    noteLabel: 'Common Causes',
    note: 'Valid authentication but insufficient permissions for the resource',
  },
  404: {
    description: 'Resource not found',
    noteLabel: 'Common Causes',
    note: "Invalid endpoint URL or resource ID doesn't exist",
  },
  409: {
    description: 'Resource conflict',
    noteLabel: 'Common Causes',
    note: 'Attempting to create a resource that already exists',
  },
  422: {
    description: 'Validation errors',
    noteLabel: 'Common Causes',
    note: 'Request format is correct but contains invalid data',
  },
  500: { description: 'Unexpected server error', noteLabel: 'Action', note: 'Contact support if error persists' },
  502: { description: 'Gateway error', noteLabel: 'Action', note: 'Temporary issue, retry request' },
  503: { description: 'Service temporarily unavailable', noteLabel: 'Action', note: 'Retry request after delay' },
};
