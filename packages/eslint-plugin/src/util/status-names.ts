// Status names as the libraries services use spell them, all derived from one table (Node's
// reason phrases), plus each library's own spellings where they differ.
import { STATUS_CODES } from 'node:http';

type Style = 'camel' | 'nestException' | 'upperSnake';

const words = (reason: string): string[] =>
  reason
    .replace(/'/g, '')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
const capital = (word: string): string => word[0]!.toUpperCase() + word.slice(1).toLowerCase();

const SPELL: Readonly<Record<Style, (words: string[]) => string>> = {
  // Boom, @fastify/sensible, http-errors: `tooManyRequests`.
  camel: (w) => w.map((word, i) => (i === 0 ? word.toLowerCase() : capital(word))).join(''),
  // NestJS exceptions: `TooManyRequestsException`.
  nestException: (w) => `${w.map(capital).join('')}Exception`,
  // NestJS `HttpStatus`: `TOO_MANY_REQUESTS`.
  upperSnake: (w) => w.map((word) => word.toUpperCase()).join('_'),
};

const ALIASES: Readonly<Record<Style, Readonly<Record<string, number>>>> = {
  camel: {
    clientTimeout: 408,
    resourceGone: 410,
    entityTooLarge: 413,
    badData: 422,
    teapot: 418,
    imateapot: 418,
    illegal: 451,
    badImplementation: 500,
    internal: 500,
    serverUnavailable: 503,
  },
  nestException: {
    ImATeapotException: 418,
    PayloadTooLargeException: 413,
    MisdirectedException: 421,
    InternalServerErrorException: 500,
  },
  upperSnake: {
    I_AM_A_TEAPOT: 418,
    REQUESTED_RANGE_NOT_SATISFIABLE: 416,
    MISDIRECTED: 421,
    PAYLOAD_TOO_LARGE: 413,
    URI_TOO_LONG: 414,
    // http-status-codes' spellings.
    REQUEST_TOO_LONG: 413,
    REQUEST_URI_TOO_LONG: 414,
    MOVED_TEMPORARILY: 302,
  },
};

const tables = new Map<Style, ReadonlyMap<string, number>>();

/** The status a name stands for in one library's spelling, built once per style. */
export function statusByName(style: Style, name: string): number | undefined {
  let table = tables.get(style);
  if (table === undefined) {
    const entries = Object.entries(STATUS_CODES).map(
      ([code, reason = '']) => [SPELL[style](words(reason)), Number(code)] as const,
    );
    table = new Map([...entries, ...Object.entries(ALIASES[style])]);
    tables.set(style, table);
  }
  return table.get(name);
}
