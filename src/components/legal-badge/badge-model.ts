/**
 * What one badge shows, worked out once per update from the place code, the data loaded so far and
 * the product: the status, the entry and its view. `status`, the custom states, `toStructuredData()` and the
 * render all read this one model.
 */
import { legalPlaceRecord, type LegalLookup } from '../../content/legal/place-loader.js';
import type { Jurisdiction, LegalStatus, Product } from '../../content/types.js';
import { entryView, type EntryView } from './entry-view.js';

/** What the badge currently shows: a legal status, or one of its own states. */
export type LegalBadgeStatus = LegalStatus | 'unverified' | 'unknown' | 'none' | 'loading';

const CODE_PATTERN = /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/;

/** Normalises an attribute value to an upper-case ISO 3166 code, or `''`. */
export function normalizeJurisdiction(value: string | null | undefined): string {
  return typeof value === 'string' ? value.trim().toUpperCase() : '';
}

/** What the model is worked out from. */
export interface BadgeInputs {
  /** The normalised code (`normalizeJurisdiction`), or `''`. */
  readonly code: string;
  readonly data: LegalLookup | undefined;
  readonly loadFailed: boolean;
  readonly product: Product;
  readonly sourcesReady: boolean;
}

export type BadgeModel =
  | { readonly kind: 'none'; readonly status: 'none'; readonly code: string }
  | { readonly kind: 'loading'; readonly status: 'loading'; readonly code: string }
  | {
      readonly kind: 'unknown';
      readonly status: 'unknown';
      readonly code: string;
      /** `undefined` when the place's data failed to load. */
      readonly data: LegalLookup | undefined;
    }
  | {
      readonly kind: 'unverified';
      readonly status: 'unverified';
      readonly code: string;
      readonly data: LegalLookup;
      /** The US federal entry, for a US state (federal rules apply there too). */
      readonly federal: Jurisdiction | undefined;
    }
  | {
      readonly kind: 'entry';
      readonly status: LegalBadgeStatus;
      readonly code: string;
      readonly data: LegalLookup;
      readonly entry: Jurisdiction;
      readonly view: EntryView;
      /** The US federal entry, for a US state (its 7-OH layer and the federal rules in the details). */
      readonly federal: Jurisdiction | undefined;
    };

/** `true` when both inputs would give the same model. */
export function sameInputs(a: BadgeInputs, b: BadgeInputs): boolean {
  return (
    a.code === b.code &&
    a.data === b.data &&
    a.loadFailed === b.loadFailed &&
    a.product === b.product &&
    a.sourcesReady === b.sourcesReady
  );
}

export function badgeModel({ code, data, loadFailed, product, sourcesReady }: BadgeInputs): BadgeModel {
  if (!code) return { kind: 'none', status: 'none', code };
  if (!data)
    return loadFailed
      ? { kind: 'unknown', status: 'unknown', code, data }
      : { kind: 'loading', status: 'loading', code };
  const valid = CODE_PATTERN.test(code);
  const federal = code.startsWith('US-') ? data.findJurisdiction('US') : undefined;
  const entry = valid ? data.findJurisdiction(code) : undefined;
  if (entry) {
    const sources = sourcesReady ? data.legalSources(entry.sources) : [];
    const view = entryView(entry, product, sources, federal, legalPlaceRecord(entry.code));
    const status = view.status === 'not-verified' ? 'unverified' : view.status;
    return { kind: 'entry', status, code, data, entry, view, federal };
  }
  if (valid && data.findUnsourced(code)) return { kind: 'unverified', status: 'unverified', code, data, federal };
  return { kind: 'unknown', status: 'unknown', code, data };
}
