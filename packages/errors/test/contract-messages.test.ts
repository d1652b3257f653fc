import { describe, expect, it } from 'vitest';
import { BASE_CODES, CONTRACT_MESSAGES } from '../src/index.js';

// The server sends these and the testkit expects them from the same table, so a change here would
// pass both: this test is what keeps the wire byte-identical.
describe('CONTRACT_MESSAGES', () => {
  it('says exactly what the contract says', () => {
    expect(CONTRACT_MESSAGES).toEqual({
      contentEncoding: 'The request content encoding is not supported: send the body unencoded.',
      charset: 'The request charset is not supported: JSON is sent as UTF-8.',
      invalidUtf8: 'The request body is not valid UTF-8.',
      pathEncoding: 'The request path has invalid percent-encoding.',
      expect: "The Expect header is not supported: send the request without it, or with 'Expect: 100-continue'.",
      missingHost: 'The Host header is missing.',
      targetNotPath: 'The request target is not a path.',
      invalidTarget: 'The request target is not a valid URL.',
      invalidHost: 'The Host header is not a valid host.',
      malformedRequest: 'The HTTP request is malformed.',
      bodyAborted: 'The request body ended before it was complete.',
      noBody: 'The request has no body.',
    });
  });

  it('is the catalog message where the contract adds nothing to it', () => {
    expect(CONTRACT_MESSAGES.malformedRequest).toBe(BASE_CODES.MALFORMED_REQUEST.message);
  });
});
