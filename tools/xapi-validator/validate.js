// Validates a JSON array of xAPI statements (a file, or standard input) with Learning Locker's
// conformance-tested xAPI 1.0.3 validator. Exits 1 and prints every problem if any statement
// is invalid.
'use strict';
const fs = require('fs');
const validate = require('@learninglocker/xapi-validation').default;

const text = fs.readFileSync(process.argv[2] || 0, 'utf8');
const statements = JSON.parse(text);
if (!Array.isArray(statements) || statements.length === 0) {
  console.error('expected a non-empty JSON array of statements');
  process.exit(1);
}
let bad = 0;
statements.forEach((statement, i) => {
  const warnings = validate(statement);
  if (warnings.length > 0) {
    bad += 1;
    for (const w of warnings) {
      console.error(`statement ${i} (${statement.id}): ${w.path ? w.path.join('.') : ''} ${w.constructor.name} ${JSON.stringify(w.data).slice(0, 200)}`);
    }
  }
});
console.log(`${statements.length - bad} valid, ${bad} invalid xAPI statement(s)`);
process.exit(bad > 0 ? 1 : 0);
