/** How a success body is read: JSON by default (text when the answer is not JSON), or as the bytes. */
export type ParseAs = 'json' | 'text' | 'blob' | 'arrayBuffer' | 'stream';

/** The `data` of a call read with `parseAs`: `T` for JSON. */
export type Parsed<T, P extends ParseAs> = [P] extends ['text']
  ? string
  : [P] extends ['blob']
    ? Blob
    : [P] extends ['arrayBuffer']
      ? ArrayBuffer
      : [P] extends ['stream']
        ? ReadableStream<Uint8Array>
        : T;

/**
 * The body of an answer as text, or, for a success read some other way, as that. Error answers are
 * always text: they are read as the envelope.
 */
export function readBody(res: Response, parseAs: ParseAs | undefined): Promise<unknown> | ReadableStream | null {
  return res.status > 199 && res.status < 300 && parseAs && parseAs !== 'json'
    ? parseAs === 'stream'
      ? res.body
      : res[parseAs]()
    : res.text();
}
