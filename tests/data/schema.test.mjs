// The shipped frameworks and role catalogue against the JSON Schemas, checked by an
// independent validator (ajv), so the schemas authors rely on and the files agree.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const read = (relative) => JSON.parse(fs.readFileSync(path.join(root, relative), 'utf8'));

const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
ajv.addSchema(read('frameworks/schema/framework.schema.json'), 'framework.schema.json');
ajv.addSchema(read('frameworks/schema/roles.schema.json'), 'roles.schema.json');
const validateFramework = ajv.getSchema('framework.schema.json');
const validateRoles = ajv.getSchema('roles.schema.json');

const explain = (validate) => ajv.errorsText(validate.errors, { separator: '\n' });

for (const file of ['core', 'esc', 'nos', 'peer-support']) {
  test(`frameworks/${file}.json matches the framework schema`, () => {
    assert.ok(validateFramework(read(`frameworks/${file}.json`)), explain(validateFramework));
  });
}

test('frameworks/roles.json matches the role catalogue schema', () => {
  assert.ok(validateRoles(read('frameworks/roles.json')), explain(validateRoles));
});

test("the schemas accept the organisation's example and refuse broken files", () => {
  assert.ok(validateFramework(read('tests/frameworks/minimal.json')), explain(validateFramework));
  assert.ok(validateRoles(read('tests/frameworks/minimal-roles.json')), explain(validateRoles));
  // The breakages a schema can see (cross-references are capwalk-validate's job).
  for (const name of ['statement-not-text', 'missing-title', 'capability-missing-summary', 'unknown-theme',
    'no-tiers-or-indicators', 'empty-statement-list', 'learning-bad-format', 'learning-bad-url', 'title-too-long',
    'empty-domains', 'domains-not-a-list', 'bad-id', 'newer-format', 'written-by-not-boolean', 'top-level-list',
    'unknown-tier']) {
    assert.equal(validateFramework(read(`tests/frameworks/broken/${name}.json`)), false, `${name} should be refused`);
  }
  for (const name of ['roles-tier-out-of-range', 'roles-nothing-relevant']) {
    assert.equal(validateRoles(read(`tests/frameworks/broken/${name}.json`)), false, `${name} should be refused`);
  }
});
