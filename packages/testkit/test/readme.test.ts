import { describeReadme } from '../../../scripts/readme-example.js';

await describeReadme(import.meta.url);
