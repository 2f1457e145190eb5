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

// The learning catalogue and an organisation's file, against their schemas.
ajv.addSchema(read('frameworks/schema/learning.schema.json'), 'learning.schema.json');
ajv.addSchema(read('frameworks/schema/organisation.schema.json'), 'organisation.schema.json');
const validateLearning = ajv.getSchema('learning.schema.json');
const validateOrganisation = ajv.getSchema('organisation.schema.json');

test('frameworks/learning.json matches the learning schema, and every address is https and well formed', () => {
  const catalogue = read('frameworks/learning.json');
  assert.ok(validateLearning(catalogue), explain(validateLearning));
  assert.ok(catalogue.resources.length >= 60, `${catalogue.resources.length} resources`);
  for (const r of catalogue.resources) {
    if (!r.url) continue;
    const address = new URL(r.url);  // throws if it is not an address at all
    assert.equal(address.protocol, 'https:', r.id);
    assert.ok(address.hostname.includes('.'), r.id);
    assert.equal(address.href.replace(/\/$/, ''), r.url.replace(/\/$/, ''), `${r.id}: written as a browser would`);
  }
});

test("the sample organisation file matches its schema, and the schemas refuse broken ones", () => {
  const sample = read('tests/organisation/organisation.json');
  assert.ok(validateOrganisation(sample), explain(validateOrganisation));
  const broken = (change) => { const copy = structuredClone(sample); change(copy); return validateOrganisation(copy); };
  assert.equal(broken((o) => { delete o.name; }), false, 'no name');
  assert.equal(broken((o) => { o.contact = { name: 'Team' }; }), false, 'no way to reach the contact');
  assert.equal(broken((o) => { o.contact.url = 'http://example.org'; }), false, 'http address');
  assert.equal(broken((o) => { o.resources[0].url = 'https://exa mple.org/x'; }), false, 'address with a space');
  assert.equal(broken((o) => { o.resources[2].url = 'https://example.org/x'; }), false, 'a conversation with an address');
  assert.equal(broken((o) => { o.resources[0].cost = 'cheap'; }), false, 'unknown cost');
  assert.equal(broken((o) => { o.resources[0].tiers = [4]; }), false, 'tier out of range');
  assert.equal(broken((o) => { delete o.resources[0].themes; }), false, 'serves nothing');
});
