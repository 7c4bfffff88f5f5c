import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { JURISDICTIONS, UNSOURCED_JURISDICTIONS } from '../src/content/legal/jurisdictions.js';
import { argTypesFor } from './manifest.js';

type Args = {
  jurisdiction?: string;
  product?: string;
  variant?: string;
  open?: boolean;
  'heading-level'?: number;
};

const codes = [...JURISDICTIONS.map((j) => j.code), ...UNSOURCED_JURISDICTIONS.map((j) => j.code)];

const meta: Meta<Args> = {
  title: 'Components/Legal badge',
  component: 'kratom-legal-badge',
  tags: ['autodocs'],
  argTypes: argTypesFor('kratom-legal-badge', { jurisdiction: ['', ...codes], product: ['leaf', '7-oh'] }),
  args: { jurisdiction: 'US-AL', product: 'leaf', variant: 'compact', open: false, 'heading-level': 3 },
  render: (args) =>
    html`<kratom-legal-badge
      jurisdiction=${args.jurisdiction ?? nothing}
      product=${args.product ?? nothing}
      variant=${args.variant ?? nothing}
      ?open=${args.open}
      heading-level=${args['heading-level'] ?? nothing}
    ></kratom-legal-badge>`,
};
export default meta;
type Story = StoryObj<Args>;

const first = (status: string) => JURISDICTIONS.find((j) => j.status === status)?.code ?? 'US';

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
export const Unknown: Story = { args: { jurisdiction: 'XX', open: true } };
export const Missing: Story = { args: { jurisdiction: '' } };
export const Compact: Story = { args: { jurisdiction: 'TH', variant: 'compact' } };
export const Full: Story = { args: { jurisdiction: 'TH', variant: 'full' } };
export const LongPlaceName: Story = { args: { jurisdiction: 'US-DC', open: true } };
export const RightToLeft: Story = {
  args: { jurisdiction: 'US-AL', open: true },
  globals: { direction: 'rtl' },
};

/** Every jurisdiction, for designers and reviewers. */
export const Gallery: Story = {
  parameters: { a11y: { test: 'error' } },
  render: () =>
    html`<ul style="list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:0.5rem" aria-label="All jurisdictions">
      ${codes.map((code) => html`<li><kratom-legal-badge jurisdiction=${code}></kratom-legal-badge></li>`)}
    </ul>`,
};
