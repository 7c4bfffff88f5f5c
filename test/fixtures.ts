/**
 * One place for what the cross-cutting tests (focus, reflow, isolation, privacy…) render: the tag
 * of every element and one typical fixture per element (the attributes a typical page sets). A
 * fifth element is covered by these tests once it has a define module (TAGS follows src/define/)
 * and an entry in FIXTURES (test/parts.test.ts fails while the entry is missing). Free of
 * test-runner imports, so the phone page (test/fixtures/phone-page.ts) and stories can use it.
 */
import { LOCALE_PARTS, SHARED_PART } from '../src/localization/loaders.js';

/**
 * Every element's tag. scripts/locales-build.mjs lists one locale part per define module
 * (`src/define/kratom-<part>.ts`), so a new define module adds its tag here.
 */
export const TAGS: readonly string[] = LOCALE_PARTS.filter((part) => part !== SHARED_PART).map(
  (part) => `kratom-${part}`,
);

export type Attributes = Readonly<Record<string, string>>;
/** Attributes to add or change (a string) or to remove (`null`) on top of a typical fixture. */
export type Overrides = Readonly<Record<string, string | null>>;
export type WidgetElement = HTMLElement & { updateComplete: Promise<unknown>; status?: string };

/** Tag → the attributes of a typical page. */
export const FIXTURES: Readonly<Record<string, Attributes>> = {
  'kratom-legal-badge': { jurisdiction: 'US-AL', variant: 'full' },
  'kratom-risk-checklist': { region: 'US', 'emergency-number': '911' },
  'kratom-alkaloid-explainer': {},
  'kratom-mechanism-diagram': {},
};

/** The fixture of `tag` with `overrides` on top (a test that needs another state says so there). */
export function attributesFor(tag: string, overrides: Overrides = {}): Attributes {
  const out: Record<string, string> = { ...FIXTURES[tag] };
  for (const [name, value] of Object.entries(overrides)) {
    if (value === null) delete out[name];
    else out[name] = value;
  }
  return out;
}

/** A new, unconnected element of `tag` with its fixture's attributes (plus `overrides`). */
export function create(tag: string, overrides: Overrides = {}): WidgetElement {
  const el = document.createElement(tag) as WidgetElement;
  for (const [name, value] of Object.entries(attributesFor(tag, overrides))) el.setAttribute(name, value);
  return el;
}
