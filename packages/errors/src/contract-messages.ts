// The sentences the server adapters answer with when they refuse a request before any handler
// runs, and that the testkit's conformance probes expect: one spelling, so the two cannot drift.

/**
 * The contract's own messages for requests it refuses at the edge, each sent with the code in
 * its doc comment. The catalog's default message stays the answer for everything else.
 * @example apiError('MALFORMED_REQUEST', { message: CONTRACT_MESSAGES.missingHost })
 */
export const CONTRACT_MESSAGES = {
  /** `UNSUPPORTED_CONTENT_TYPE`: a body sent with a `Content-Encoding` (gzip, br…). */
  contentEncoding: 'The request content encoding is not supported: send the body unencoded.',
  /** `UNSUPPORTED_CONTENT_TYPE`: JSON declared in a charset other than UTF-8. */
  charset: 'The request charset is not supported: JSON is sent as UTF-8.',
  /** `MALFORMED_JSON`: body bytes that are not UTF-8. */
  invalidUtf8: 'The request body is not valid UTF-8.',
  /** `MALFORMED_REQUEST`: a path whose `%` escapes no router can decode. */
  pathEncoding: 'The request path has invalid percent-encoding.',
  /** `MALFORMED_REQUEST`: an `Expect` other than `100-continue` (Node answers a bare 417). */
  expect: "The Expect header is not supported: send the request without it, or with 'Expect: 100-continue'.",
  /** `MALFORMED_REQUEST`: an HTTP/1.1 request without `Host` (Node answers a bare 400). */
  missingHost: 'The Host header is missing.',
  /** `MALFORMED_REQUEST`: a request target that is not a path, such as `GET *`. */
  targetNotPath: 'The request target is not a path.',
  /** `MALFORMED_REQUEST`: a target no URL parser reads the same way (a backslash in the path, `http://[::1/x`). */
  invalidTarget: 'The request target is not a valid URL.',
  /** `MALFORMED_REQUEST`: a `Host` that is not a host and port (a path in it, `user@`, a port above 65535). */
  invalidHost: 'The Host header is not a valid host.',
  /** `MALFORMED_REQUEST`: what Node cannot parse at all (a malformed request line or header). */
  malformedRequest: 'The HTTP request is malformed.',
  /** `BAD_REQUEST`: a body the client stopped sending before its end. */
  bodyAborted: 'The request body ended before it was complete.',
  /** `BAD_REQUEST`: no body where the route needs one. */
  noBody: 'The request has no body.',
} as const;
