import { request as httpRequest } from 'node:http';

/** The status and every X-Request-Id header of an answer, as sent on the wire. */
export function idsOf(url: string, headers: Record<string, string> = {}): Promise<[number, string[]]> {
  return new Promise((resolve, reject) => {
    httpRequest(url, { headers }, (res) => {
      res.resume();
      const ids = res.rawHeaders.filter(
        (_, i) => i % 2 === 1 && res.rawHeaders[i - 1]!.toLowerCase() === 'x-request-id',
      );
      res.on('end', () => {
        resolve([res.statusCode ?? 0, ids]);
      });
    })
      .on('error', reject)
      .end();
  });
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
