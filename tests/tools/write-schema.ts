// Writes docs/plan-workbench-v1.schema.json from the zod schema (npm run schema). A test checks it is current.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { planJsonSchemaText } from '../../shared/model/json-schema';

const out = fileURLToPath(new URL('../../docs/plan-workbench-v1.schema.json', import.meta.url));
writeFileSync(out, planJsonSchemaText());
console.log(`wrote ${out}`);
