import { starts } from './conformance/adapters.js';
import { conformance } from './conformance/suite.js';

for (const [name, start] of Object.entries(starts)) conformance(name, start);
