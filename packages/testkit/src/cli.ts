#!/usr/bin/env node
// `monitorqa-errors <gen|snapshot|check>`: a service's catalog, documented and guarded in CI.
import { main } from './cli/main.js';

void main(process.argv.slice(2), {
  out: (line) => {
    console.log(line);
  },
  err: (line) => {
    console.error(line);
  },
  env: process.env,
  cwd: process.cwd(),
}).then((code) => {
  process.exitCode = code;
});
