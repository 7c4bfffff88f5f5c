/**
 * Review metadata per content area. Dates are when the content was last checked against the
 * research and when it must be checked again; `contentVersion` changes whenever a fact changes.
 */
import type { ContentArea, Review } from './types.js';

export const REVIEWS: Readonly<Record<ContentArea, Review>> = {
  alkaloids: { area: 'alkaloids', lastReviewed: '2026-12-06', nextReview: '2027-06-06', contentVersion: '2026.12.0' },
  mechanism: { area: 'mechanism', lastReviewed: '2026-12-06', nextReview: '2027-06-06', contentVersion: '2026.12.0' },
  risks: { area: 'risks', lastReviewed: '2026-12-06', nextReview: '2027-06-06', contentVersion: '2026.12.0' },
  legal: { area: 'legal', lastReviewed: '2026-12-06', nextReview: '2027-01-23', contentVersion: '2026.12.0' },
};
