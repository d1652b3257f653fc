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
 * The body of an answer as text, or, for a success read some other way (`parseAs`, `false` for JSON), as that. Error answers are
 * always text: they are read as the envelope.
 */
export async function readBody(res: Response, parseAs: Exclude<ParseAs, 'json'> | false): Promise<unknown> {
  return res.ok && parseAs ? (parseAs === 'stream' ? res.body : res[parseAs]()) : res.text();
}
