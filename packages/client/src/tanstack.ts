import { isApiError } from '@monitorqa/errors';
import { isTransportError } from './transport-error.js';

/**
 * TanStack Query's `retry` for queries whose `queryFn` calls the client. The client has already retried
 * what the contract lets it retry (502, 503, network failures, within its budget and `Retry-After`):
 * TanStack's own default (3 more tries of the whole call) would turn one 503 into 12 requests over 15 s and
 * show a 401 or a 404, which no retry changes, only after 7 s. So the client's errors are not retried again;
 * anything else a `queryFn` throws keeps TanStack's default of 3 retries.
 * @example new QueryClient({ defaultOptions: { queries: { retry: retryQuery } } })
 */
export function retryQuery(failureCount: number, error: unknown): boolean {
  return failureCount < 3 && !isApiError(error) && !isTransportError(error);
}
