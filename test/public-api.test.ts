/**
 * The package's public entry points export what integrators use and nothing else: every name here
 * is a semver promise. Element helpers (plural choice, id parsing, step order…) and the locale
 * plumbing (part loaders, the shared listener) stay internal.
 */
import { expect } from '@open-wc/testing';
import * as main from '../src/index.js';
import * as localization from '../src/localization/public.js';

const LOCALE_API = [
  'LOCALE_CHANGE_EVENT',
  'SOURCE_LOCALE',
  'SUPPORTED_LOCALES',
  'getLocale',
  'resolveLocale',
  'setLocale',
  'whenLocaleReady',
];

describe('public API', () => {
  it('kratom-widgets/localization exports the locale API only', () => {
    expect(Object.keys(localization).sort()).to.deep.equal(LOCALE_API);
  });

  it('kratom-widgets exports the element classes, the locale API, setPublisherReview and VERSION, and registers nothing', () => {
    expect(Object.keys(main).sort()).to.deep.equal(
      [
        'KratomAlkaloidExplainer',
        'KratomElement',
        'KratomLegalBadge',
        'KratomMechanismDiagram',
        'KratomRiskChecklist',
        'VERSION',
        'setPublisherReview',
        ...LOCALE_API,
      ].sort(),
    );
    for (const tag of [
      'kratom-legal-badge',
      'kratom-risk-checklist',
      'kratom-alkaloid-explainer',
      'kratom-mechanism-diagram',
    ]) {
      expect(customElements.get(tag), tag).to.equal(undefined);
    }
  });
});
