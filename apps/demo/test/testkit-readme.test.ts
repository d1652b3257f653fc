// The testkit README's examples run a real service (the server adapter, Hono), which the testkit
// itself may not depend on: the server's own suite runs on the testkit. So they run from here.
import { describeReadme } from '../../../scripts/readme-example.js';

await describeReadme(import.meta.url, '../../../packages/testkit/');
