import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { JURISDICTIONS, UNSOURCED_JURISDICTIONS } from '../src/content/legal/jurisdictions.js';
import { sevenOhRule } from '../src/content/legal/seven-oh.js';
import { LEGAL_STATUSES, PRODUCTS } from '../src/content/types.js';
import { clock } from '../src/shared/format.js';
import { pastEveryReview } from './clock.js';
import { argTypesFor } from './manifest.js';
import { HELP_ATTRIBUTES, HELP_INVALID, helpArgTypes, helpSlot, type HelpArgs } from './publisher-help.js';

type Args = HelpArgs & {
  jurisdiction?: string;
  product?: string;
  variant?: string;
  open?: boolean;
  'heading-level'?: number;
  /** Filled with an action by Storybook (Actions panel), from the manifest's events. */
  onKratomOpenChange?: (event: Event) => void;
};

/** Every code the badge covers: sourced entries first, then the unsourced ("not verified") ones. */
const codes = [...JURISDICTIONS.map((j) => j.code), ...UNSOURCED_JURISDICTIONS.map((j) => j.code)];

const meta: Meta<Args> = {
  title: 'Components/Legal badge',
  component: 'kratom-legal-badge',
  tags: ['autodocs'],
  argTypes: {
    ...argTypesFor('kratom-legal-badge', {
      jurisdiction: ['', ...codes, 'XX'],
      product: PRODUCTS,
      variant: ['compact', 'full'],
    }),
    ...helpArgTypes,
  },
  args: { jurisdiction: 'US-AL', product: 'leaf', variant: 'compact', open: false, 'heading-level': 3 },
  render: (args) =>
    html`<kratom-legal-badge
      jurisdiction=${args.jurisdiction ?? nothing}
      product=${args.product ?? nothing}
      variant=${args.variant ?? nothing}
      ?open=${args.open}
      heading-level=${args['heading-level'] ?? nothing}
      help-name=${args['help-name'] || nothing}
      help-phone=${args['help-phone'] || nothing}
      help-url=${args['help-url'] || nothing}
      help-hours=${args['help-hours'] || nothing}
      @kratom-open-change=${args.onKratomOpenChange}
      >${helpSlot(args)}</kratom-legal-badge
    >`,
};
export default meta;
type Story = StoryObj<Args>;

const first = (status: string) => JURISDICTIONS.find((j) => j.status === status)?.code ?? 'US';

// ── Statuses (each has its own colour token, icon shape and border style) ────────────────────
export const Banned: Story = { args: { jurisdiction: first('banned'), open: true } };
export const Regulated: Story = { args: { jurisdiction: first('regulated'), open: true } };
export const Restricted: Story = { args: { jurisdiction: first('restricted'), open: true } };
export const Legal: Story = { args: { jurisdiction: first('legal'), open: true } };
export const Unclear: Story = { args: { jurisdiction: first('unclear'), open: true } };
export const NotVerified: Story = { args: { jurisdiction: UNSOURCED_JURISDICTIONS[0]?.code ?? 'US-AK', open: true } };
export const LowConfidence: Story = {
  args: { jurisdiction: JURISDICTIONS.find((j) => j.confidence === 'low')?.code ?? 'US', open: true },
};
export const ProductLeaf: Story = {
  name: 'Product scope: leaf',
  args: { jurisdiction: JURISDICTIONS.find((j) => j.products?.['7-oh'])?.code ?? 'US-FL', product: 'leaf', open: true },
};
export const Product7OH: Story = {
  name: 'Product scope: concentrated 7-OH',
  args: { jurisdiction: JURISDICTIONS.find((j) => j.products?.['7-oh'])?.code ?? 'US-FL', product: '7-oh', open: true },
};

// ── Saying only what is known (issue #22) ────────────────────────────────────────────────────
/** A place where the research found no kratom law: "No kratom law found", never "Legal". */
export const NoLawFound: Story = {
  name: 'No kratom law found',
  args: {
    jurisdiction:
      JURISDICTIONS.find((j) => j.status === 'legal' && j.rules.includes('no-specific-law'))?.code ?? 'US-MT',
    open: true,
  },
};
/** Concentrated 7-OH where no source says what applies: never the leaf status. */
export const SevenOhNotVerified: Story = {
  name: '7-OH not verified',
  args: {
    jurisdiction:
      JURISDICTIONS.find((j) => !j.code.startsWith('US') && sevenOhRule(j).status === 'not-verified')?.code ?? 'TH',
    product: '7-oh',
    open: true,
  },
};
/** A US state for 7-OH products: the federal layer's answer, with the federal rules beside the state's. */
export const SevenOhFederalLayer: Story = {
  name: '7-OH in a US state (federal layer)',
  args: {
    jurisdiction:
      JURISDICTIONS.find((j) => j.code.startsWith('US-') && !j.products && j.rules.includes('no-specific-law'))?.code ??
      'US-MT',
    product: '7-oh',
    open: true,
  },
};
/** Low confidence, shown in the closed badge without opening. */
export const LowConfidenceClosed: Story = {
  name: 'Low confidence (closed badge)',
  args: {
    jurisdiction:
      JURISDICTIONS.find((j) => j.confidence === 'low' && !j.rules.includes('pending-change'))?.code ?? 'US-DC',
  },
};
/** A pending change (and, here, low confidence), shown in the closed badge. */
export const ChangePending: Story = {
  name: 'Change pending (closed badge)',
  args: { jurisdiction: JURISDICTIONS.find((j) => j.rules.includes('pending-change'))?.code ?? 'US-MI' },
};
const temporary = JURISDICTIONS.find((j) => j.temporary && j.endDate);
/** A temporary order with its end date in the details. */
export const TemporaryOrder: Story = {
  name: 'Temporary order',
  args: { jurisdiction: temporary?.code ?? 'US-MA', open: true },
};
/** The clock moved past the temporary order's end date (and before its review date, when it allows). */
export const TemporaryPastEndDate: Story = {
  name: 'Temporary order past its end date',
  tags: ['!autodocs'],
  beforeEach: () => {
    const real = clock.now;
    const [y = 2027, m = 12] = (temporary?.endDate ?? '2027-12').split('-').map(Number);
    clock.now = () => new Date(Date.UTC(y, m, 2)); // the second day of the month after the end date
    return () => {
      clock.now = real;
    };
  },
  args: { jurisdiction: temporary?.code ?? 'US-MA', open: true },
};
/** A minimum age the research could not confirm: "18 (not confirmed)". */
export const MinimumAgeNotConfirmed: Story = {
  name: 'Minimum age not confirmed',
  args: { jurisdiction: JURISDICTIONS.find((j) => j.minimumAgeUnverified)?.code ?? 'US-UT', open: true },
};
/** City and county rules the research names, each with its sources. */
export const Localities: Story = {
  name: 'Local rules (cities and counties)',
  args: { jurisdiction: JURISDICTIONS.find((j) => j.localities?.length)?.code ?? 'US-MA', open: true },
};
/** "What changed": the place's dated status changes. */
export const History: Story = {
  name: 'What changed (history)',
  args: {
    jurisdiction: JURISDICTIONS.find((j) => (j.history?.length ?? 0) > 1)?.code ?? 'US-KS',
    open: true,
  },
};
/** The short notes of the closed badge at 320 px: they wrap inside the badge. */
export const NotesNarrow: Story = {
  name: 'Closed badge notes at 320 px',
  args: {
    jurisdiction:
      JURISDICTIONS.find((j) => j.confidence === 'low' && j.rules.includes('pending-change'))?.code ?? 'US-MI',
  },
  globals: { width: '320' },
};

export const Unknown: Story = { args: { jurisdiction: 'XX', open: true } };
export const Missing: Story = { args: { jurisdiction: '' } };

/** Entry past its next review date (clock moved to 2100): the "may be out of date" marker. */
export const Stale: Story = {
  name: 'Stale (past next review date)',
  tags: ['!autodocs'],
  beforeEach: pastEveryReview,
  args: { jurisdiction: 'TH', open: true },
};

// ── Variants and attribute handling ─────────────────────────────────────────────────────────
export const Compact: Story = { args: { jurisdiction: 'TH', variant: 'compact' } };
export const Full: Story = { args: { jurisdiction: 'TH', variant: 'full' } };
export const CompactOpen: Story = { name: 'Compact, details open', args: { jurisdiction: 'TH', open: true } };
export const LongPlaceName: Story = { args: { jurisdiction: 'US-DC', open: true } };
export const CaseInsensitive: Story = {
  name: 'Case-insensitive code (" us-fl ")',
  args: { jurisdiction: ' us-fl ', open: true },
};
export const HeadingLevel2: Story = {
  name: 'heading-level="2"',
  args: { jurisdiction: 'GB', variant: 'full', 'heading-level': 2 },
};

// ── The publisher's own help services (help slot and help-* attributes) ──────────────────────
/** The attribute form at the end of the details, for readers worried about use. */
export const HelpAttributes: Story = {
  name: 'Help: attributes (details open)',
  args: { jurisdiction: 'US-AL', open: true, ...HELP_ATTRIBUTES },
};

/** Closed: nothing of the help shows until the details open. */
export const HelpClosed: Story = {
  name: 'Help: attributes (details closed)',
  args: { jurisdiction: 'US-AL', ...HELP_ATTRIBUTES },
};

/** The publisher's own markup in the `help` slot; the full variant shows it at once. */
export const HelpSlot: Story = {
  name: 'Help: your own markup (help slot, full)',
  args: { jurisdiction: 'TH', variant: 'full', 'help slot': true },
};

/** Slotted content wins over the attributes. */
export const HelpSlotWins: Story = {
  name: 'Help: slot wins over attributes',
  args: { jurisdiction: 'TH', open: true, 'help slot': true, ...HELP_ATTRIBUTES },
};

/** A vanity number is text, not a link; an http: address is not shown (one warning each). */
export const HelpInvalid: Story = {
  name: 'Help: invalid phone and address',
  args: { jurisdiction: 'US-AL', open: true, ...HELP_INVALID },
};

/** A place without data still ends its details with the help. */
export const HelpUnknownPlace: Story = {
  name: 'Help: place not covered',
  args: { jurisdiction: 'XX', open: true, ...HELP_ATTRIBUTES },
};

export const HelpRightToLeftNarrow: Story = {
  name: 'Help: right to left, 320 px',
  args: { jurisdiction: 'US-AL', open: true, ...HELP_ATTRIBUTES },
  globals: { direction: 'rtl', width: '320' },
};

export const HelpDark: Story = {
  name: 'Help: dark',
  args: { jurisdiction: 'US-AL', open: true, ...HELP_ATTRIBUTES },
  globals: { theme: 'dark' },
};

// ── Locales, direction, theme, width ────────────────────────────────────────────────────────
/** Any locale other than English shows the quiet "translation not yet reviewed" line until approved. */
export const UnreviewedTranslation: Story = {
  name: 'Translation not yet reviewed (es)',
  args: { jurisdiction: 'ES', open: true },
  globals: { locale: 'es' },
};
export const RightToLeft: Story = {
  args: { jurisdiction: 'US-AL', open: true },
  globals: { direction: 'rtl' },
};
export const Thai: Story = { name: 'Locale: ไทย', args: { jurisdiction: 'TH', open: true }, globals: { locale: 'th' } };
export const Arabic: Story = {
  name: 'Locale: العربية (rtl)',
  args: { jurisdiction: 'AE', open: true },
  globals: { locale: 'ar' },
};
export const Dark: Story = { args: { jurisdiction: first('banned'), open: true }, globals: { theme: 'dark' } };
export const ForcedColors: Story = {
  name: 'High contrast (forced colours emulation)',
  args: { jurisdiction: first('banned'), open: true },
  globals: { theme: 'forced' },
};
export const Narrow: Story = {
  name: 'Narrow (320 px, long place name)',
  args: { jurisdiction: 'US-DC', open: true },
  globals: { width: '320' },
};
export const ThaiDarkNarrow: Story = {
  name: 'Thai, dark, 320 px',
  args: { jurisdiction: 'TH', variant: 'full' },
  globals: { locale: 'th', theme: 'dark', width: '320' },
};
export const ArabicDarkNarrow: Story = {
  name: 'Arabic, dark, 320 px',
  args: { jurisdiction: 'US', product: '7-oh', variant: 'full' },
  globals: { locale: 'ar', theme: 'dark', width: '320' },
};

// ── Galleries ───────────────────────────────────────────────────────────────────────────────
/** Every jurisdiction, for designers and reviewers. */
export const Gallery: Story = {
  render: () =>
    html`<ul class="kratom-gallery" aria-label="All jurisdictions">
      ${codes.map((code) => html`<li><kratom-legal-badge jurisdiction=${code}></kratom-legal-badge></li>`)}
    </ul>`,
};

/** One badge per status and per own state, full variant: compare colours, icons and borders side by side. */
export const EveryStatus: Story = {
  name: 'Every status (full variant)',
  render: () => {
    const examples = [
      ...LEGAL_STATUSES.map((status) => first(status)),
      UNSOURCED_JURISDICTIONS[0]?.code ?? 'US-AK',
      'XX',
      '',
    ];
    return html`<ul class="kratom-stack" aria-label="Every status">
      ${examples.map((code) => html`<li><kratom-legal-badge jurisdiction=${code} variant="full"></kratom-legal-badge></li>`)}
    </ul>`;
  },
};

// ── Place picker (`picker`) ─────────────────────────────────────────────────────────────────
/**
 * The reader chooses the place: a country or region select and, for the United States, a state
 * select ("Federal law only" is US federal law). Native selects, so keyboard and screen readers work
 * everywhere; names in the active language (Locale toolbar), sorted for it. Choosing a place sets
 * `jurisdiction` and fires `kratom-place-change` (Actions panel).
 */
export const Picker: StoryObj<Args & { picker?: boolean; onKratomPlaceChange?: (event: Event) => void }> = {
  name: 'Place picker',
  args: { jurisdiction: 'US-AL', picker: true },
  render: (args) =>
    html`<kratom-legal-badge
      ?picker=${args.picker}
      jurisdiction=${args.jurisdiction || nothing}
      product=${args.product ?? nothing}
      variant=${args.variant ?? nothing}
      ?open=${args.open}
      @kratom-place-change=${args.onKratomPlaceChange}
    ></kratom-legal-badge>`,
};

/** No `jurisdiction`: the picker starts from the page language's region (`de-AT` → Austria), else empty with a prompt. */
export const PickerEmpty: StoryObj<Args & { picker?: boolean }> = {
  ...Picker,
  name: 'Place picker, no place set',
  args: { jurisdiction: '', picker: true },
};

/** Right to left and 320 px wide: labels and selects follow the reading direction. */
export const PickerArabicNarrow: StoryObj<Args & { picker?: boolean }> = {
  ...Picker,
  name: 'Place picker, Arabic, 320 px',
  args: { jurisdiction: 'US-TN', picker: true },
  globals: { locale: 'ar', width: '320' },
};
