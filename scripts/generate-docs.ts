import { writeFileSync } from 'node:fs';
import { renderRulesDoc } from './rules-doc.js';

writeFileSync('docs/rules.md', renderRulesDoc());
console.log('wrote docs/rules.md');
