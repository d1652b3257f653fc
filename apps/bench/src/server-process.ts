// A benchmark server (http-server.ts) in a process of its own: started, and its URL read off stdout.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SERVER = fileURLToPath(new URL('./http-server.ts', import.meta.url));

export interface ServerProcess {
  readonly url: string;
  readonly child: ChildProcess;
}

/** Starts `http-server.ts <framework> <variant>`, under `wrapper` (valgrind…) when given, and waits for its URL. */
export async function startServer(
  framework: string,
  variant: string,
  wrapper: readonly string[] = [],
): Promise<ServerProcess> {
  const argv = [...wrapper, process.execPath, '--import', 'tsx', SERVER, framework, variant];
  const child = spawn(argv[0]!, argv.slice(1), { stdio: ['ignore', 'pipe', wrapper.length ? 'ignore' : 'inherit'] });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.once('data', (chunk: Buffer) => {
        resolve(chunk.toString().trim());
      });
      child.once('exit', (code) => {
        reject(new Error(`${framework} ${variant} server exited with ${String(code)}`));
      });
    });
    return { url, child };
  } catch (error) {
    child.kill();
    throw error;
  }
}
