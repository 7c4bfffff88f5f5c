import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { mechanismStepOrder } from '../src/components/mechanism-diagram/mechanism-diagram.js';
import { argTypesFor } from './manifest.js';
// Self-registering, so the stories work whether or not src/all.ts already includes the element.
import '../src/define/kratom-mechanism-diagram.js';

type Args = {
  pathway?: string;
  step?: number;
  view?: string;
};

const TAG = 'kratom-mechanism-diagram';
const OPTIONS = { pathway: ['both', 'opioid', 'inflammation'], view: ['diagram', 'list'] };

/** Controls from custom-elements.json; until `npm run analyze` has picked up this element, plain ones. */
function controls(): ReturnType<typeof argTypesFor> {
  try {
    return argTypesFor(TAG, OPTIONS);
  } catch {
    return {
      pathway: { control: { type: 'select' }, options: OPTIONS.pathway },
      step: { control: { type: 'number' } },
      view: { control: { type: 'select' }, options: OPTIONS.view },
    };
  }
}

/** The 0-based step of a content id in the order of `pathway` (so stories follow content changes). */
const stepOf = (id: string, pathway: 'both' | 'opioid' | 'inflammation' = 'both') =>
  Math.max(
    0,
    mechanismStepOrder(pathway).findIndex((o) => o.step.id === id),
  );

const meta: Meta<Args> = {
  title: 'Components/Mechanism diagram',
  component: TAG,
  tags: ['autodocs'],
  argTypes: controls(),
  args: { pathway: 'both', step: 0, view: 'diagram' },
  render: (args) =>
    html`<kratom-mechanism-diagram
      pathway=${args.pathway ?? nothing}
      step=${args.step ?? nothing}
      view=${args.view ?? nothing}
    ></kratom-mechanism-diagram>`,
};
export default meta;
type Story = StoryObj<Args>;

export const BothLanes: Story = { name: 'Both lanes' };
export const OpioidLane: Story = { name: 'Opioid lane alone', args: { pathway: 'opioid' } };
export const InflammationLane: Story = { name: 'Inflammation lane alone', args: { pathway: 'inflammation' } };

export const StepLiverConversion: Story = {
  name: 'Step-through: liver conversion (arrow label)',
  args: { step: stepOf('opioid.7-hydroxymitragynine') },
};
export const StepHumanTrial: Story = {
  name: 'Step-through: the one controlled trial',
  args: { step: stepOf('opioid.less-pain') },
};
export const StepSideFinding: Story = {
  name: 'Step-through: side finding (cells only)',
  args: { step: stepOf('inflammation.extract-cox2') },
};
export const StepNoHumanEvidence: Story = {
  name: 'Step-through: last step, no human evidence',
  args: { step: mechanismStepOrder('both').length - 1 },
};

export const ListView: Story = { name: 'List view', args: { view: 'list' } };

export const Narrow: Story = { name: 'Narrow (320 px, stacked)', globals: { width: '320' } };
export const BelowBreakpoint: Story = { name: 'Below the breakpoint (480 px, stacked)', globals: { width: '480' } };
export const AboveBreakpoint: Story = {
  name: 'Above the breakpoint (768 px, side by side)',
  globals: { width: '768' },
};
export const Wide: Story = { name: 'Wide (1200 px)', globals: { width: '1200' } };

export const Dark: Story = { globals: { theme: 'dark' }, args: { step: 3 } };
export const ForcedColors: Story = {
  name: 'High contrast (forced-colours emulation)',
  globals: { theme: 'forced' },
  args: { step: 3 },
};
export const RightToLeft: Story = { name: 'Right to left', globals: { direction: 'rtl' }, args: { step: 3 } };
export const RightToLeftNarrow: Story = {
  name: 'Right to left, narrow',
  globals: { direction: 'rtl', width: '320' },
  args: { step: 3 },
};

export const English: Story = { name: 'Locale: English', globals: { locale: 'en' } };
export const Spanish: Story = { name: 'Locale: Español', globals: { locale: 'es' } };
export const German: Story = { name: 'Locale: Deutsch', globals: { locale: 'de' } };

/** Theming through public tokens and parts only. */
export const Themed: Story = {
  args: { step: 4 },
  render: (args) =>
    html`<style>
        .themed {
          --kratom-color-accent: #7a2e8e;
          --kratom-radius: 0;
          --kratom-font-family: Georgia, serif;
        }
        .themed::part(lane-title) {
          text-transform: uppercase;
          letter-spacing: 0.05em;
        }
        .themed::part(caption) {
          box-shadow: 0 2px 8px rgb(0 0 0 / 15%);
        }
      </style>
      <kratom-mechanism-diagram class="themed" step=${args.step ?? nothing}></kratom-mechanism-diagram>`,
};
