import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { RISKS } from '../src/content/risks.js';
import { argTypesFor } from './manifest.js';

type Args = {
  items?: string;
  'emergency-number'?: string;
  region?: string;
  'heading-level'?: number;
  compact?: boolean;
  'print-preview'?: boolean;
  name?: string;
};

const ids = RISKS.map((r) => r.id);

/** A play function that ticks the given items the way a reader does (a click on each label). */
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

const meta: Meta<Args> = {
  title: 'Components/Risk checklist',
  component: 'kratom-risk-checklist',
  tags: ['autodocs'],
  argTypes: argTypesFor('kratom-risk-checklist', {
    region: ['', 'US', 'GB', 'DE', 'TH'],
    'emergency-number': ['', '911', '112', '999', '000'],
  }),
  args: { items: '', 'emergency-number': '', region: '', 'heading-level': 2, compact: false, 'print-preview': false },
  render: (args) =>
    html`<kratom-risk-checklist
      items=${args.items || nothing}
      emergency-number=${args['emergency-number'] || nothing}
      region=${args.region || nothing}
      heading-level=${args['heading-level'] ?? nothing}
      ?compact=${args.compact}
      ?print-preview=${args['print-preview']}
      name=${args.name || nothing}
    ></kratom-risk-checklist>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Nothing ticked: the summary says the list is not complete and never that kratom is safe. */
export const Empty: Story = {};

export const SomeChecked: Story = {
  name: 'Some checked',
  play: tick(['alcohol', 'daily-medicines', 'unknown-product']),
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

/** `region="US"` adds Poison Help and the SAMHSA National Helpline; 911 as the emergency number. */
export const USRegion: Story = {
  name: 'US region',
  args: { region: 'US', 'emergency-number': '911' },
};

/** The EU-wide emergency number, no helplines. */
export const EUNumber: Story = {
  name: 'EU number (112)',
  args: { 'emergency-number': '112' },
};

export const Compact: Story = { args: { compact: true } };

export const Subset: Story = {
  name: 'Subset (items)',
  args: { items: 'opioids,sedatives,alcohol,liver' },
  play: tick(['liver']),
};

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

export const RightToLeft: Story = {
  name: 'Right to left',
  globals: { direction: 'rtl' },
  play: tick(['opioids', 'liver']),
};

/** The clinician summary as it prints (`print-preview`); the urgent block stays visible on screen. */
export const PrintPreview: Story = {
  name: 'Print preview',
  args: { 'emergency-number': '112' },
  play: async (context) => {
    await tick(['opioids', 'alcohol', 'unknown-product'])(context);
    const el = context.canvasElement.querySelector('kratom-risk-checklist');
    el?.setAttribute('print-preview', '');
  },
};
