// An error after a streamed answer has started, on NestJS: the connection is aborted (never a
// second status line, never a cut body passed off as complete), as on every adapter.
import type { Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { Controller, Get, Module, Res, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { Response } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useErrorContract } from '../../src/adapters/nest/index.js';

@Controller('stream')
class StreamController {
  @Get()
  async stream(@Res() res: Response): Promise<void> {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.write('part-1;');
    await new Promise((resolve) => setTimeout(resolve, 20));
    throw new Error('stream-secret');
  }
}

@Module({ controllers: [StreamController] })
class AppModule {}

describe('an error while streaming, on NestJS (Express)', () => {
  let app: INestApplication;
  const logged: unknown[] = [];
  beforeAll(async () => {
    app = await NestFactory.create(AppModule, { logger: false });
    useErrorContract(app, { onServerError: (error) => logged.push(error) });
    await app.listen(0, '127.0.0.1');
  });
  afterAll(() => app.close());

  it('aborts the connection after the first byte, and the error reaches onServerError', async () => {
    const { port } = (app.getHttpServer() as Server).address() as AddressInfo;
    const text = await new Promise<string>((resolve) => {
      let received = '';
      const socket = connect(port, '127.0.0.1', () => socket.write('GET /stream HTTP/1.1\r\nHost: x\r\n\r\n'));
      const timer = setTimeout(() => {
        socket.destroy();
        resolve(`${received}[timeout]`);
      }, 2_000);
      socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
      socket.on('error', () => undefined);
      socket.on('close', () => {
        clearTimeout(timer);
        resolve(received);
      });
    });
    expect(text.startsWith('HTTP/1.1 200')).toBe(true);
    expect(text).toContain('part-1;');
    expect(text.match(/HTTP\/1\.1 \d{3}/g)).toHaveLength(1);
    expect(text.endsWith('0\r\n\r\n')).toBe(false);
    expect(text).not.toContain('[timeout]');
    expect(logged).toHaveLength(1);
  });
});
