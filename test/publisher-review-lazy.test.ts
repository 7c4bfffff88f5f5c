/**
 * The publisher review's code comes with the review footer (issue #25): a page with only legal
 * badges, which show no publisher review, fetches none of it. Its own file, so nothing else on the
 * page has loaded a footer.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define/kratom-legal-badge.js';
import type { KratomLegalBadge } from '../src/components/legal-badge/legal-badge.js';
import { settle, shadowText } from './helpers.js';

/** Requests for the review's modules (the store, the line, the review dates). */
const reviewFetches = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((path) => /\/(shared\/publisher-review(-line)?|content\/review)\.(ts|js)$/.test(path));

describe('publisher review: not on a badge-only page', () => {
  it('fetches no review code for a legal badge, which shows its status and details as before', async () => {
    const el = await fixture<KratomLegalBadge>(
      html`<kratom-legal-badge jurisdiction="US-AL" variant="full"></kratom-legal-badge>`,
    );
    await waitUntil(() => el.status !== 'loading', 'legal data loaded', { timeout: 5000 });
    await settle(el);
    expect(el.status).to.equal('banned');
    expect(shadowText(el)).to.contain('Banned');
    expect(reviewFetches()).to.deep.equal([]);
  });
});
