import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ALKALOIDS } from '../src/content/alkaloids.js';
import { pastEveryReview } from './clock.js';
import { argTypesFor } from './manifest.js';

type Args = {
  alkaloid?: string;
  variant?: 'full' | 'compact';
  'heading-level'?: number;
  /** Filled with an action by Storybook (Actions panel), from the manifest's events. */
  onKratomAlkaloidChange?: (event: Event) => void;
};

const ids = ALKALOIDS.map((a) => a.id);
const aliases = ALKALOIDS.flatMap((a) => a.aliases);

const meta: Meta<Args> = {
  title: 'Components/Alkaloid explainer',
  component: 'kratom-alkaloid-explainer',
  tags: ['autodocs'],
  argTypes: argTypesFor('kratom-alkaloid-explainer', { alkaloid: ['', ...ids, ...aliases, 'unknown-value'] }),
  args: { alkaloid: 'mitragynine', variant: 'full', 'heading-level': 3 },
  render: (args) =>
    html`<kratom-alkaloid-explainer
      alkaloid=${args.alkaloid || nothing}
      variant=${args.variant ?? nothing}
      heading-level=${args['heading-level'] ?? nothing}
      @kratom-alkaloid-change=${args.onKratomAlkaloidChange}
    ></kratom-alkaloid-explainer>`,
};
export default meta;
type Story = StoryObj<Args>;

/** A play function that opens the disclosures of the given sections, as a reader's click does. */
function open(...sections: ('sources' | 'legend' | 'corrections')[]) {
  return async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = canvasElement.querySelector('kratom-alkaloid-explainer');
    if (!el) return;
    await el.updateComplete;
    for (const section of sections) {
      const button = el.shadowRoot?.querySelector<HTMLButtonElement>(`button.toggle[data-section="${section}"]`);
      if (button?.getAttribute('aria-expanded') === 'false') button.click();
    }
    await el.updateComplete;
  };
}

// ── Each alkaloid ────────────────────────────────────────────────────────────────────────────
export const Mitragynine: Story = { args: { alkaloid: 'mitragynine' } };
export const SevenHydroxymitragynine: Story = {
  name: '7-Hydroxymitragynine (7-OH)',
  args: { alkaloid: '7-hydroxymitragynine' },
};
export const Speciogynine: Story = { args: { alkaloid: 'speciogynine' } };
export const Paynantheine: Story = { args: { alkaloid: 'paynantheine' } };
export const Speciociliatine: Story = { args: { alkaloid: 'speciociliatine' } };
export const Corynantheidine: Story = { args: { alkaloid: 'corynantheidine' } };
export const Mitraphylline: Story = { args: { alkaloid: 'mitraphylline' } };
export const MitragyninePseudoindoxyl: Story = {
  name: 'Mitragynine pseudoindoxyl (MP)',
  args: { alkaloid: 'mitragynine-pseudoindoxyl' },
};

// ── Disclosures (each `toggle` part) ────────────────────────────────────────────────────────
/** `:state(sources-open)`: the bibliography entries used by this alkaloid. */
export const SourcesOpen: Story = { name: 'Sources open', play: open('sources') };
export const EvidenceLegendOpen: Story = { name: 'Evidence labels explained (legend open)', play: open('legend') };
export const PopularClaimsOpen: Story = {
  name: 'Popular claims and corrections open',
  play: open('corrections'),
};
/** The corrections at 320 px: long popular claims, chips and citations must wrap. */
export const PopularClaimsNarrow: Story = {
  name: 'Popular claims open (320 px)',
  globals: { width: '320' },
  play: open('corrections'),
};
/** Mitragynine's mu-opioid row: "Studies disagree" (one study found partial activation, one found blocking). */
export const ConflictingReceptorData: Story = {
  name: 'Receptor data that conflict (mitragynine, mu-opioid)',
  args: { alkaloid: 'mitragynine' },
};
/** Mitraphylline's mu-opioid row: "No data found", shown without an evidence level. */
export const NoReceptorData: Story = {
  name: 'No receptor data found (mitraphylline)',
  args: { alkaloid: 'mitraphylline' },
};
export const EverythingOpen: Story = {
  name: 'Every disclosure open',
  args: { alkaloid: '7-hydroxymitragynine' },
  play: open('corrections', 'legend', 'sources'),
};

// ── Variants and attribute handling ─────────────────────────────────────────────────────────
export const Compact: Story = { name: 'Compact (variant="compact")', args: { alkaloid: '7-oh', variant: 'compact' } };
export const Alias: Story = { name: 'Alias (alkaloid="7-oh")', args: { alkaloid: '7-oh' } };
export const InvalidValue: Story = {
  name: 'Invalid value (falls back to the first, one console warning)',
  args: { alkaloid: 'kratomine' },
};
export const HeadingLevel2: Story = { name: 'heading-level="2"', args: { 'heading-level': 2 } };

/** The `structure` slot replaces the built-in drawing (e.g. a host's own figure or a 3D viewer). */
export const StructureSlot: Story = {
  name: 'Slot: structure replaced by the host',
  render: (args) =>
    html`<kratom-alkaloid-explainer alkaloid=${args.alkaloid || nothing}>
      <p slot="structure" class="kratom-slot-example">Host-provided structure figure for ${args.alkaloid}</p>
    </kratom-alkaloid-explainer>`,
};

/** Content past its next review date (clock moved to 2100): the "may be out of date" marker. */
export const Stale: Story = {
  name: 'Stale (past next review date)',
  tags: ['!autodocs'],
  beforeEach: pastEveryReview,
};

// ── Locales, direction, theme, width ────────────────────────────────────────────────────────
export const English: Story = { args: { alkaloid: 'mitragynine' }, globals: { locale: 'en' } };
export const Spanish: Story = { args: { alkaloid: 'mitragynine' }, globals: { locale: 'es' } };
export const German: Story = { args: { alkaloid: 'mitragynine' }, globals: { locale: 'de' } };
export const Thai: Story = { name: 'Locale: ไทย', args: { alkaloid: 'mitragynine' }, globals: { locale: 'th' } };
export const Arabic: Story = {
  name: 'Locale: العربية (rtl)',
  args: { alkaloid: '7-hydroxymitragynine' },
  globals: { locale: 'ar' },
};
export const RightToLeft: Story = {
  args: { alkaloid: '7-hydroxymitragynine' },
  globals: { direction: 'rtl' },
};
export const Dark: Story = { args: { alkaloid: 'mitragynine' }, globals: { theme: 'dark' } };
export const ForcedColors: Story = {
  name: 'High contrast (forced colours emulation)',
  args: { alkaloid: 'mitragynine' },
  globals: { theme: 'forced' },
};
export const Narrow: Story = { name: 'Narrow (320 px)', args: { alkaloid: 'speciogynine' }, globals: { width: '320' } };
export const ThaiDarkNarrow: Story = {
  name: 'Thai, dark, 320 px',
  args: { alkaloid: 'mitragynine' },
  globals: { locale: 'th', theme: 'dark', width: '320' },
};
export const ArabicDarkNarrow: Story = {
  name: 'Arabic, dark, 320 px',
  args: { alkaloid: '7-hydroxymitragynine' },
  globals: { locale: 'ar', theme: 'dark', width: '320' },
};

/** German is among the longest translations: checks wrapping of tabs, chart labels and chips at 320 px. */
export const LongTranslationStress: Story = {
  name: 'Long translation stress (de, 320 px)',
  args: { alkaloid: 'mitragynine-pseudoindoxyl' },
  globals: { locale: 'de', width: '320' },
};
export const LongTranslationStressCompact: Story = {
  name: 'Long translation stress (de, 320 px, compact)',
  args: { alkaloid: 'mitragynine-pseudoindoxyl', variant: 'compact' },
  globals: { locale: 'de', width: '320' },
};
