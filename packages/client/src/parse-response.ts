import { isJsonMediaType } from '@monitorqa/errors';
import { parseJson, readError, toApiError } from './to-api-error.js';
import { TransportError } from './transport-error.js';

/**
 * The body of a success answer: `undefined` for 204 or an empty body, parsed JSON for
 * a JSON content type, else the text. A 2xx whose JSON does not parse is an
 * off-contract `BAD_GATEWAY`, never a `SyntaxError`.
 */
export function parseSuccess(res: Pick<Response, 'status' | 'headers'>, text: string): unknown {
  // A 204 or 205 has no body (`fetch` gives them none): empty text.
  if (text === '') return undefined;
  if (!isJsonMediaType(res.headers.get('content-type'))) return text;
  const value = parseJson(text);
  if (value === undefined) throw readError(res.status, res.headers, text, undefined, 502);
  return value;
}

/**
 * For teams with their own `fetch` wrapper (ofetch, ky's raw responses): a 2xx gives
 * its parsed body; anything else rejects with the `ApiError` of the answer; a body that
 * cannot be read rejects with a `network` `TransportError`.
 * @example const monitor = await parseResponse<Monitor>(await fetch(url));
 */
export async function parseResponse<T = unknown>(response: Response): Promise<T> {
  let text: string;
  try {
    text = await response.text();
  } catch (cause) {
    throw new TransportError('network', cause);
  }
  if (response.status < 200 || response.status > 299) throw toApiError(response.status, response.headers, text);
  return parseSuccess(response, text) as T;
}
