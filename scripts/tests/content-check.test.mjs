/**
 * The content checker must fail on each kind of broken content. Each fixture breaks exactly one
 * rule of a valid baseline, and the test asserts the problem names the offending id.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  checkClaims,
  checkCountryNames,
  checkJurisdictions,
  checkReadability,
  checkSourceRefs,
  checkSources,
  fleschKincaid,
  isValidIsoCode,
} from '../content-rules.mjs';

const source = (id, extra = {}) => ({
  id,
  authors: 'A',
  title: 'T',
  venue: 'V',
  year: 2020,
  url: 'https://example.org/x',
  kind: 'peer-reviewed',
  ...extra,
});
const sources = { P1: source('P1') };
const claim = (extra = {}) => ({
  where: 'fixture',
  claim: { id: 'c1', level: 'animal', sources: ['P1'], text: () => 'x', ...extra },
});
const jurisdiction = (extra = {}) => ({
  code: 'US-AL',
  status: 'banned',
  rules: ['controlled-substance'],
  effective: '2016-05-10',
  asOf: '2026-03',
  checked: '2026-11-24',
  nextReview: '2027-11-24',
  sources: ['L1'],
  ...extra,
});
const legal = { L1: source('L1') };

test('valid baseline passes every rule', () => {
  assert.deepEqual(checkSources(sources, 'evidence'), []);
  assert.deepEqual(checkClaims([claim()], sources), []);
  assert.deepEqual(checkJurisdictions([jurisdiction()], [], legal), []);
  assert.deepEqual(checkSourceRefs([{ where: 'sign s1', ids: ['P1'], required: true }], sources), []);
});

test('a claim without a source fails with its id', () => {
  const problems = checkClaims([claim({ sources: [] })], sources);
  assert.match(problems.join('\n'), /claim c1 .*no source/);
});

test('a claim with an unknown source id fails', () => {
  assert.match(checkClaims([claim({ sources: ['P404'] })], sources).join('\n'), /claim c1 .*unknown source id "P404"/);
});

test('a source without URL, title or year fails', () => {
  assert.match(
    checkSources({ P1: source('P1', { url: '' }) }, 'evidence').join('\n'),
    /source P1: missing or invalid URL/,
  );
  assert.match(
    checkSources({ P1: source('P1', { url: 'javascript:alert(1)' }) }, 'evidence').join('\n'),
    /P1: missing or invalid URL/,
  );
  assert.match(checkSources({ P1: source('P1', { title: '' }) }, 'evidence').join('\n'), /source P1: missing title/);
  assert.match(checkSources({ P1: source('P1', { year: null }) }, 'evidence').join('\n'), /source P1: missing year/);
  assert.deepEqual(checkSources({ P1: source('P1', { year: null, accessed: '2026-11-24' }) }, 'evidence'), []);
});

test('a jurisdiction without status, as-of date, sources or next review fails', () => {
  const check = (extra) => checkJurisdictions([jurisdiction(extra)], [], legal).join('\n');
  assert.match(check({ status: undefined }), /jurisdiction US-AL: missing or unknown status/);
  assert.match(check({ asOf: undefined }), /jurisdiction US-AL: missing or invalid as-of date/);
  assert.match(check({ sources: [] }), /jurisdiction US-AL: no sources/);
  assert.match(check({ nextReview: undefined }), /jurisdiction US-AL: missing or invalid next-review date/);
  assert.match(check({ sources: ['L404'] }), /unknown source id "L404"/);
});

test('an invalid ISO 3166 code fails', () => {
  assert.match(
    checkJurisdictions([jurisdiction({ code: 'US-XX' })], [], legal).join('\n'),
    /US-XX: not a valid ISO 3166 code/,
  );
  assert.match(
    checkJurisdictions([jurisdiction({ code: 'ZZ' })], [], legal).join('\n'),
    /ZZ: not a valid ISO 3166 code/,
  );
  assert.equal(isValidIsoCode('TH'), true);
  assert.equal(isValidIsoCode('EU'), true);
  assert.equal(isValidIsoCode('US-DC'), true);
  assert.equal(isValidIsoCode('th'), false);
});

test('an unsourced jurisdiction without a next-review date fails', () => {
  assert.match(
    checkJurisdictions([], [{ code: 'US-AK', nextReview: '' }], legal).join('\n'),
    /US-AK: missing or invalid next-review date/,
  );
});

test('shipped English country names: one per covered country, equal to CLDR, none extra', () => {
  const codes = ['TH', 'US', 'US-CA', 'EU'];
  assert.deepEqual(checkCountryNames(codes, { TH: 'Thailand', US: 'United States' }), []);
  assert.match(checkCountryNames(codes, { TH: 'Thailand' }).join('\n'), /country US: no English name/);
  assert.match(
    checkCountryNames(codes, { TH: 'Siam', US: 'United States' }).join('\n'),
    /country TH: English name "Siam" differs from CLDR "Thailand"/,
  );
  assert.match(
    checkCountryNames(codes, { TH: 'Thailand', US: 'United States', FR: 'France' }).join('\n'),
    /country FR: named in COUNTRY_NAMES_EN but not in the legal data/,
  );
});

test('a required source list that is empty fails', () => {
  assert.match(
    checkSourceRefs([{ where: 'urgent sign s1', ids: [], required: true }], sources).join('\n'),
    /urgent sign s1: no source/,
  );
});

test('English text above grade 9 fails and names the text; plain text passes', () => {
  const hard =
    'Pharmacological characterization demonstrates heterogeneous intracellular signalling consequences attributable to differential receptor conformational stabilization.';
  const plain = 'Kratom can cause withdrawal. People who use it every day may feel sick when they stop.';
  assert.ok(fleschKincaid(hard) > 9);
  assert.ok(fleschKincaid(plain) < 8);
  const bad = checkReadability([{ area: 'risks', id: 'risk hard', text: hard }]);
  assert.match(bad.problems.join('\n'), /text risk hard: Flesch-Kincaid grade/);
  const good = checkReadability([{ area: 'risks', id: 'risk plain', text: plain }]);
  assert.deepEqual(good.problems, []);
  assert.ok(good.areas.risks < 8);
});
