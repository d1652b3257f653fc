// The examples of docs/routes (errors declared per route) run from here, where every package they import is a dependency.
import { describeReadme } from '../../../scripts/readme-example.js';

await describeReadme(import.meta.url, '../../../docs/routes/');
