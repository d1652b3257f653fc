// Answers that a known piece of missing wiring explains, read off the answer itself: a failed probe
// then says which piece it is and how to add it, not only what came back.
import type { Probe } from './probes.js';
import type { Answer } from './target.js';

const SERVER = '@monitorqa/errors-server';
// body-parser's default `limit` ('100kb'), which `express.json()` keeps unless told otherwise.
const BODY_PARSER_LIMIT = 102_400;

/** The pieces of wiring the kit can tell are missing, each with how to add it. */
const WIRING = {
  notFoundHandler: `notFoundHandler() is missing: add app.use(notFoundHandler(), errorHandler()) from ${SERVER}/express after the routes.`,
  errorHandler: `errorHandler() is missing: add app.use(notFoundHandler(), errorHandler()) from ${SERVER}/express as the last middleware.`,
  handleClientErrors: `handleClientErrors(server) is missing: call it, from ${SERVER}/node, once the server listens.`,
  jsonBody: `body-parser reads the JSON bodies, not the contract's reader: on Express, replace app.use(express.json()) with app.use(jsonBody()) from ${SERVER}/express, before the routes (express.urlencoded() and multer stay); on Nest, ErrorContractModule.forRoot() reads them.`,
  nest: `Nest answers in its own shape: import ErrorContractModule.forRoot() from ${SERVER}/nest in the root module (or call useErrorContract(app)); a global exception filter of the app's own extends ErrorContractFilter and calls super.catch.`,
} as const;

/** A piece of wiring a failed answer shows missing, and what in the answer shows it. */
interface MissingWiring {
  readonly wiring: (typeof WIRING)[keyof typeof WIRING];
  readonly sign: string;
}

/** The piece of wiring whose absence explains a failed probe's answer; `undefined` when no known piece does. */
export function missingWiring(probe: Probe, answer: Answer): MissingWiring | undefined {
  const { status, headers, body } = answer;
  const type = headers['content-type'] ?? '';
  const expressPage = /^text\/html/i.test(type) && body.includes('<title>Error</title>');
  const cannot = /<pre>(Cannot [A-Z]+) (\/?)/.exec(body);
  // A target Express cannot route ("Cannot GET resource": not a path) is what only a socket sends, and
  // Node answers some of those bare: handleClientErrors(server) checks them before any framework.
  const unroutable = expressPage && cannot?.[2] !== '/';
  if (probe.request.raw !== undefined && (unroutable || (type === '' && [400, 417, 431].includes(status))))
    return {
      wiring: WIRING.handleClientErrors,
      sign: unroutable
        ? 'Express answered its own HTML page to a request line it cannot route'
        : `Node answered a bare ${String(status)} before any framework ran`,
    };
  // Express's finalhandler: `<title>Error</title>` and the error (or "Cannot GET /path") in a <pre>.
  if (expressPage)
    return cannot === null
      ? { wiring: WIRING.errorHandler, sign: 'Express answered with its own HTML error page' }
      : { wiring: WIRING.notFoundHandler, sign: `Express answered with its own "${cannot[1]!}" page` };
  // Nest's own answer (`{ statusCode, message, error }`), or a filter of the app's that kept its shape.
  if (/^application\/json/i.test(type) && /^\{"statusCode":\d{3},/.test(body))
    return { wiring: WIRING.nest, sign: 'Nest answered with its own { statusCode, message }' };
  const sign = bodyParserSign(probe, answer);
  return sign === undefined ? undefined : { wiring: WIRING.jsonBody, sign };
}

/** What, in an answer to a body, shows body-parser's reading rather than the contract's. */
function bodyParserSign(probe: Probe, { status, body }: Answer): string | undefined {
  const code = probe.expect.error?.code;
  const encoded = Object.keys(probe.request.headers ?? {}).some((name) => name.toLowerCase() === 'content-encoding');
  // jsonBody() refuses an encoded body before reading it; body-parser inflates it and zlib fails.
  if (/incorrect header check|unexpected end of file/.test(body))
    return 'zlib\'s "incorrect header check": body-parser inflated the body';
  if (encoded && status === 400 && !body.includes('"contentEncoding"'))
    return 'the refusal does not name the encoding: body-parser inflated the body, and zlib refused it';
  if (code === 'PAYLOAD_TOO_LARGE')
    return status === 413 || body.includes(`"limit":${String(BODY_PARSER_LIMIT)}`)
      ? `the limit is body-parser's 100 kB (if 100 kB is the limit you want: jsonBody({ bodyLimit: ${String(BODY_PARSER_LIMIT)} }), and bodyLimit: ${String(BODY_PARSER_LIMIT)} in the kit's options)`
      : undefined;
  // The route ran (a success, or its own validation) on a body the contract refuses before any route.
  if ((code === 'UNSUPPORTED_CONTENT_TYPE' || code === 'MALFORMED_JSON') && (status < 300 || status === 422))
    return 'the route ran on a body the contract refuses (body-parser skips a body it does not parse, and replaces bytes it cannot decode)';
  return undefined;
}
