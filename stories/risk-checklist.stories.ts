import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { JURISDICTIONS } from '../src/content/legal/jurisdictions.js';
import { RISKS } from '../src/content/risks.js';
import { SEVERITIES } from '../src/content/types.js';
import { pastEveryReview } from './clock.js';
import { argTypesFor } from './manifest.js';
import { HELP_ATTRIBUTES, HELP_INVALID, helpArgTypes, helpSlot, type HelpArgs } from './publisher-help.js';

type Args = HelpArgs & {
  /** A comma-separated string (as in HTML) or the list of ids the "items" control produces. */
  items?: string | readonly string[];
  'emergency-number'?: string;
  region?: string;
  'heading-level'?: number;
  variant?: 'full' | 'compact';
  /** Deprecated: use `variant="compact"`. */
  compact?: boolean;
  'print-preview'?: boolean;
  /** Language of the clinician summary ('' = same as the page). */
  'summary-lang'?: string;
  'summary-bilingual'?: boolean;
  name?: string;
  printing?: boolean;
  /** Filled with an action by Storybook (Actions panel), from the manifest's events. */
  onChange?: (event: Event) => void;
};

const ids = RISKS.map((r) => r.id);
/** ISO 3166-1 alpha-2 codes the content knows (only `US` adds helplines). */
const regions = [...new Set(JURISDICTIONS.map((j) => j.code).filter((c) => /^[A-Z]{2}$/.test(c) && c !== 'EU'))];

/** A play function that ticks the given items the way a reader does (a click on each checkbox). */
function tick(which: readonly string[]) {
  return async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = canvasElement.querySelector('kratom-risk-checklist');
    if (!el) return;
    await el.updateComplete;
    for (const id of which) {
      const input = el.shadowRoot?.querySelector<HTMLInputElement>(`#cb-${id}`);
      if (input && !input.checked) input.click();
    }
    await el.updateComplete;
  };
}

/** Ticks the first item of a severity (the summary then shows that severity as the highest). */
const firstOf = (severity: string) => RISKS.filter((r) => r.severity === severity).map((r) => r.id);

const meta: Meta<Args> = {
  title: 'Components/Risk checklist',
  component: 'kratom-risk-checklist',
  tags: ['autodocs'],
  argTypes: {
    ...argTypesFor('kratom-risk-checklist', {
      items: { options: ids, control: 'check' },
      region: ['', ...regions, 'USA'],
      'emergency-number': ['', '911', '112', '999', '000', '111', '1669', '+112', 'call-me'],
      name: ['', 'kratom-risks'],
      'summary-lang': ['', 'en', 'es', 'pt-BR', 'fr', 'de', 'nl', 'pl', 'th', 'id', 'ms', 'vi', 'ar', 'en-US', 'pt-PT'],
    }),
    ...helpArgTypes,
  },
  args: {
    items: '',
    'emergency-number': '',
    region: '',
    'heading-level': 3,
    variant: 'full',
    compact: false,
    'print-preview': false,
    'summary-lang': '',
    'summary-bilingual': false,
  },
  render: (args) => {
    const items = Array.isArray(args.items) ? args.items.join(',') : (args.items as string | undefined);
    return html`<kratom-risk-checklist
      items=${items || nothing}
      emergency-number=${args['emergency-number'] || nothing}
      region=${args.region || nothing}
      heading-level=${args['heading-level'] ?? nothing}
      variant=${args.variant ?? nothing}
      ?compact=${args.compact}
      ?print-preview=${args['print-preview']}
      summary-lang=${args['summary-lang'] || nothing}
      ?summary-bilingual=${args['summary-bilingual']}
      ?printing=${args.printing}
      name=${args.name || nothing}
      help-name=${args['help-name'] || nothing}
      help-phone=${args['help-phone'] || nothing}
      help-url=${args['help-url'] || nothing}
      help-hours=${args['help-hours'] || nothing}
      @change=${args.onChange}
      >${helpSlot(args)}</kratom-risk-checklist
    >`;
  },
};
export default meta;
type Story = StoryObj<Args>;

// ── Answers ─────────────────────────────────────────────────────────────────────────────────
/** Nothing ticked: the summary says the list is not complete and never that kratom is safe. */
export const Empty: Story = {};

export const SomeChecked: Story = {
  name: 'Some checked',
  play: tick(['alcohol', 'daily-medicines', 'driving']),
};

export const AllChecked: Story = {
  name: 'All checked',
  play: tick(ids),
};

/** Only the most serious items ticked: the summary shows the highest severity; the urgent block stays first. */
export const UrgentOnlyHighlight: Story = {
  name: 'Urgent-only highlight',
  play: tick(RISKS.filter((r) => r.severity === 'prompt' || r.severity === 'urgent').map((r) => r.id)),
};

/**
 * One story per severity the content uses (`:state(prompt)`, `:state(before-use)`, `:state(caution)` …):
 * only items of that severity are ticked, so it is the highest one in the summary.
 */
export const HighestPrompt: Story = { name: 'Highest severity: prompt (serious)', play: tick(firstOf('prompt')) };
export const HighestBeforeUse: Story = {
  name: 'Highest severity: before-use (talk to a doctor first)',
  play: tick(firstOf('before-use').slice(0, 2)),
};
export const HighestCaution: Story = { name: 'Highest severity: caution', play: tick(firstOf('caution')) };

// ── Region and emergency number ─────────────────────────────────────────────────────────────
/** `region="US"` adds Poison Help, the 988 Suicide & Crisis Lifeline and the SAMHSA National Helpline; 911 as the emergency number. */
export const USRegion: Story = {
  name: 'US region',
  args: { region: 'US', 'emergency-number': '911' },
};

/** The EU-wide emergency number, no helplines. */
export const EUNumber: Story = {
  name: 'EU number (112)',
  args: { 'emergency-number': '112' },
};

/** Invalid values: generic "your local emergency number", no helplines, one console warning each. */
export const InvalidNumberAndRegion: Story = {
  name: 'Invalid emergency number and region (fallbacks)',
  args: { 'emergency-number': 'call-me', region: 'USA' },
};

// ── Variants ────────────────────────────────────────────────────────────────────────────────
export const Compact: Story = { args: { variant: 'compact' } };

/** The deprecated `compact` attribute still works until 0.3 (one console warning per page). */
export const CompactDeprecatedAttribute: Story = {
  name: 'Compact (deprecated compact attribute)',
  args: { compact: true },
};

/** Compact with one group opened by the reader and an item ticked inside it. */
export const CompactGroupOpen: Story = {
  name: 'Compact, one group open',
  args: { variant: 'compact' },
  play: async (context) => {
    const el = context.canvasElement.querySelector('kratom-risk-checklist');
    await el?.updateComplete;
    el?.shadowRoot?.querySelector<HTMLButtonElement>('button.group-toggle')?.click();
    await el?.updateComplete;
    await tick(['opioids'])(context);
  },
};

export const Subset: Story = {
  name: 'Subset (items)',
  args: { items: ['opioids', 'sedatives', 'alcohol', 'liver'] },
  play: tick(['liver']),
};

/** Unknown ids are ignored (one console warning); the known ones are shown. */
export const SubsetWithUnknownId: Story = {
  name: 'Subset with an unknown id',
  args: { items: 'opioids,kratomite,liver' },
};

/** Headings look the same at every level; only their level for assistive technology changes. */
export const HeadingLevel2: Story = { name: 'heading-level="2"', args: { 'heading-level': 2 } };

/** Inside a host form with `name`: ticked ids are submitted as `kratom-risks=<id>`. */
export const InAForm: Story = {
  name: 'In a form (name)',
  args: { name: 'kratom-risks' },
  render: (args) =>
    html`<form class="kratom-form" aria-label="Checklist form" @submit=${(e: Event) => e.preventDefault()}>
      <kratom-risk-checklist name=${args.name || nothing}></kratom-risk-checklist>
      <button type="reset">Reset form</button>
    </form>`,
  play: tick(['pregnancy']),
};

/** The summary for a doctor as it prints (`print-preview`); the urgent block stays visible on screen. */
export const PrintPreview: Story = {
  name: 'Print preview',
  args: { 'emergency-number': '112' },
  play: async (context) => {
    await tick(['opioids', 'alcohol', 'driving'])(context);
    const el = context.canvasElement.querySelector('kratom-risk-checklist');
    el?.setAttribute('print-preview', '');
  },
};

// ── Summary language (issue #26) ──────────────────────────────────────────────────────────
/**
 * The picker near the print button: "Same as this page" and every language named in itself; with
 * another language chosen, "Also show it in …" puts both side by side. The choice is reflected to
 * `summary-lang` / `summary-bilingual`.
 */
export const SummaryLanguagePicker: Story = {
  name: 'Summary language: the picker (English chosen on a Thai page)',
  args: { 'summary-lang': 'en' },
  globals: { locale: 'th' },
  play: tick(['opioids', 'alcohol']),
};

/** A Thai-speaking reader in the US: the page is Thai, the summary for the doctor prints in English (`lang="en"`). */
export const SummaryEnglishOnThaiPage: Story = {
  name: 'Summary language: English summary on a Thai page (print preview)',
  args: { 'summary-lang': 'en', 'emergency-number': '911', region: 'US', 'print-preview': true },
  globals: { locale: 'th' },
  play: tick(['opioids', 'alcohol']),
};

/** Both languages side by side (two columns where the paper is wide enough, stacked otherwise), each with its own `lang` and `dir`. */
export const SummarySideBySide: Story = {
  name: 'Summary language: English and Thai side by side (print preview)',
  args: { 'summary-lang': 'en', 'summary-bilingual': true, 'print-preview': true },
  globals: { locale: 'th' },
  play: tick(['opioids', 'liver']),
};

/** An Arabic summary on an English page: the summary is right to left, the checklist stays left to right. */
export const SummaryArabic: Story = {
  name: 'Summary language: Arabic summary on an English page (rtl, print preview)',
  args: { 'summary-lang': 'ar', 'print-preview': true },
  globals: { locale: 'en' },
  play: tick(['opioids', 'pregnancy']),
};

/** Side by side at 320 px: the two copies stack. */
export const SummarySideBySideNarrow: Story = {
  name: 'Summary language: side by side at 320 px (stacked)',
  args: { 'summary-lang': 'ar', 'summary-bilingual': true, 'print-preview': true },
  globals: { locale: 'en', width: '320' },
  play: tick(['opioids']),
};

/** `:state(printing)`: the attribute the print button sets while the print dialog is open (host print styles key on it). */
export const Printing: Story = {
  name: 'printing attribute (print dialog open)',
  args: { printing: true },
  play: tick(['opioids']),
};

/** Content past its next review date (clock moved to 2100): the review footer marks it. */
export const Stale: Story = {
  name: 'Stale (past next review date)',
  tags: ['!autodocs'],
  beforeEach: pastEveryReview,
};

// ── The publisher's own help services (help slot and help-* attributes) ──────────────────────
/** The attribute form, after the emergency information; the call line stays first and unchanged. */
export const HelpAttributes: Story = {
  name: 'Help: attributes',
  args: { 'emergency-number': '999', ...HELP_ATTRIBUTES },
};

/** Only a phone number, with the generic emergency wording (no `emergency-number`). */
export const HelpPhoneOnly: Story = {
  name: 'Help: phone only, no emergency number',
  args: { 'help-phone': HELP_ATTRIBUTES['help-phone'] },
};

/** The publisher's own markup in the `help` slot, in their own styles. */
export const HelpSlot: Story = {
  name: 'Help: your own markup (help slot)',
  args: { 'emergency-number': '999', 'help slot': true },
};

/** Slotted content wins over the attributes, which are not shown. */
export const HelpSlotWins: Story = {
  name: 'Help: slot wins over attributes',
  args: { 'emergency-number': '999', 'help slot': true, ...HELP_ATTRIBUTES },
};

/** A vanity number is shown as text, not as a link; an http: address is not shown (one warning each). */
export const HelpInvalid: Story = {
  name: 'Help: invalid phone and address',
  args: { 'emergency-number': '999', ...HELP_INVALID },
};

/** On paper the help is in the summary, with the number and the full address written out. */
export const HelpPrintPreview: Story = {
  name: 'Help: print preview (attributes)',
  args: { 'emergency-number': '999', 'print-preview': true, ...HELP_ATTRIBUTES },
  play: tick(['opioids']),
};

/** The slot moves into the summary for paper (a slot shows in one place); the emergency block keeps the call line. */
export const HelpPrintPreviewSlot: Story = {
  name: 'Help: print preview (help slot)',
  args: { 'emergency-number': '999', 'print-preview': true, 'help slot': true },
  play: tick(['opioids']),
};

export const HelpRightToLeft: Story = {
  name: 'Help: right to left',
  args: { 'emergency-number': '+112', ...HELP_ATTRIBUTES },
  globals: { direction: 'rtl' },
};

export const HelpArabicDarkNarrow: Story = {
  name: 'Help: Arabic, dark, 320 px',
  args: { 'emergency-number': '999', ...HELP_ATTRIBUTES },
  globals: { locale: 'ar', theme: 'dark', width: '320' },
};

export const HelpForcedColors: Story = {
  name: 'Help: high contrast',
  args: { 'emergency-number': '999', ...HELP_ATTRIBUTES },
  globals: { theme: 'forced' },
};

// ── Locales, direction, theme, width ────────────────────────────────────────────────────────
export const LocaleEnglish: Story = {
  name: 'Locale: English',
  globals: { locale: 'en' },
  play: tick(['opioids', 'pregnancy']),
};

export const LocaleSpanish: Story = {
  name: 'Locale: Español',
  globals: { locale: 'es' },
  play: tick(['opioids', 'pregnancy']),
};

export const LocaleGerman: Story = {
  name: 'Locale: Deutsch',
  globals: { locale: 'de' },
  play: tick(['opioids', 'pregnancy']),
};

export const LocaleThai: Story = {
  name: 'Locale: ไทย',
  args: { 'emergency-number': '1669', region: 'TH' },
  globals: { locale: 'th' },
  play: tick(['opioids', 'pregnancy']),
};

export const LocaleArabic: Story = {
  name: 'Locale: العربية (rtl)',
  args: { 'emergency-number': '999' },
  globals: { locale: 'ar' },
  play: tick(['opioids', 'pregnancy']),
};

export const RightToLeft: Story = {
  name: 'Right to left',
  globals: { direction: 'rtl' },
  play: tick(['opioids', 'liver']),
};

export const Dark: Story = { globals: { theme: 'dark' }, play: tick(['opioids', 'alcohol', 'pregnancy']) };
export const ForcedColors: Story = {
  name: 'High contrast (forced colours emulation)',
  globals: { theme: 'forced' },
  play: tick(['opioids', 'alcohol', 'pregnancy']),
};
export const Narrow: Story = {
  name: 'Narrow (320 px)',
  args: { region: 'US', 'emergency-number': '911' },
  globals: { width: '320' },
  play: tick(['opioids', 'alcohol']),
};
export const ThaiDarkNarrow: Story = {
  name: 'Thai, dark, 320 px',
  globals: { locale: 'th', theme: 'dark', width: '320' },
  play: tick(['opioids', 'alcohol']),
};
export const ArabicDarkNarrow: Story = {
  name: 'Arabic, dark, 320 px',
  globals: { locale: 'ar', theme: 'dark', width: '320' },
  play: tick(['opioids', 'alcohol']),
};

/** Documents the severities the content model knows (for designers checking colour roles). */
export const SeverityTokens: Story = {
  name: 'Every severity the content uses',
  play: tick(SEVERITIES.flatMap((s) => firstOf(s).slice(0, 1))),
};
