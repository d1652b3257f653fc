// The root README's twenty lines (server, catalog and client together) run from here, where
// every package they import is a dependency.
import { describeReadme } from '../../../scripts/readme-example.js';

await describeReadme(import.meta.url, '../../../');
