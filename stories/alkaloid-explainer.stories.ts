import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ALKALOIDS } from '../src/content/alkaloids.js';
import { argTypesFor } from './manifest.js';

type Args = {
  alkaloid?: string;
  compact?: boolean;
  'heading-level'?: number;
};

const ids = ALKALOIDS.map((a) => a.id);

const meta: Meta<Args> = {
  title: 'Components/Alkaloid explainer',
  component: 'kratom-alkaloid-explainer',
  tags: ['autodocs'],
  argTypes: argTypesFor('kratom-alkaloid-explainer', { alkaloid: ['', ...ids, '7-oh', 'mp', 'unknown-value'] }),
  args: { alkaloid: 'mitragynine', compact: false, 'heading-level': 3 },
  render: (args) =>
    html`<kratom-alkaloid-explainer
      alkaloid=${args.alkaloid || nothing}
      ?compact=${args.compact}
      heading-level=${args['heading-level'] ?? nothing}
    ></kratom-alkaloid-explainer>`,
};
export default meta;
type Story = StoryObj<Args>;

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

// ── Variants and attribute handling ─────────────────────────────────────────────────────────
export const Compact: Story = { args: { alkaloid: '7-oh', compact: true } };
export const Alias: Story = { name: 'Alias (alkaloid="7-oh")', args: { alkaloid: '7-oh' } };
export const InvalidValue: Story = {
  name: 'Invalid value (falls back to the first, one console warning)',
  args: { alkaloid: 'kratomine' },
};
export const HeadingLevel2: Story = { name: 'heading-level="2"', args: { 'heading-level': 2 } };

// ── Locales, direction, theme ───────────────────────────────────────────────────────────────
export const English: Story = { args: { alkaloid: 'mitragynine' }, globals: { locale: 'en' } };
export const Spanish: Story = { args: { alkaloid: 'mitragynine' }, globals: { locale: 'es' } };
export const German: Story = { args: { alkaloid: 'mitragynine' }, globals: { locale: 'de' } };
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

/** German is among the longest translations: checks wrapping of tabs, chart labels and chips at 320 px. */
export const LongTranslationStress: Story = {
  name: 'Long translation stress (de, 320 px)',
  args: { alkaloid: 'mitragynine-pseudoindoxyl' },
  globals: { locale: 'de', width: '320' },
};
export const LongTranslationStressCompact: Story = {
  name: 'Long translation stress (de, 320 px, compact)',
  args: { alkaloid: 'mitragynine-pseudoindoxyl', compact: true },
  globals: { locale: 'de', width: '320' },
};
