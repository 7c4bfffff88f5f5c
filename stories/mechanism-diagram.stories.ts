import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { mechanismStepOrder, type MechanismPathway } from '../src/components/mechanism-diagram/mechanism-diagram.js';
import { pastEveryReview } from './clock.js';
import { argTypesFor } from './manifest.js';
// Self-registering, so the stories work whether or not src/all.ts already includes the element.
import '../src/define/kratom-mechanism-diagram.js';

type Args = {
  pathway?: string;
  step?: number;
  view?: string;
  'heading-level'?: number;
  /** Filled with actions by Storybook (Actions panel), from the manifest's events. */
  onKratomStepChange?: (event: Event) => void;
  onKratomViewChange?: (event: Event) => void;
};

const TAG = 'kratom-mechanism-diagram';
const lastStep = mechanismStepOrder('both').length - 1;

/** Controls from custom-elements.json; `step` is a slider over every step of both lanes. */
function controls(): ReturnType<typeof argTypesFor> {
  const argTypes = argTypesFor(TAG);
  argTypes.step = { ...argTypes.step, control: { type: 'range', min: 0, max: lastStep, step: 1 } };
  return argTypes;
}

/** The 0-based step of a content id in the order of `pathway` (so stories follow content changes). */
const stepOf = (id: string, pathway: MechanismPathway = 'both') =>
  Math.max(
    0,
    mechanismStepOrder(pathway).findIndex((o) => o.step.id === id),
  );

const meta: Meta<Args> = {
  title: 'Components/Mechanism diagram',
  component: TAG,
  tags: ['autodocs'],
  argTypes: controls(),
  args: { pathway: 'both', step: 0, view: 'diagram', 'heading-level': 3 },
  render: (args) =>
    html`<kratom-mechanism-diagram
      pathway=${args.pathway ?? nothing}
      step=${args.step ?? nothing}
      view=${args.view ?? nothing}
      heading-level=${args['heading-level'] ?? nothing}
      @kratom-step-change=${args.onKratomStepChange}
      @kratom-view-change=${args.onKratomViewChange}
    ></kratom-mechanism-diagram>`,
};
export default meta;
type Story = StoryObj<Args>;

export const BothLanes: Story = { name: 'Both lanes' };
export const OpioidLane: Story = { name: 'Opioid lane alone', args: { pathway: 'opioid' } };
export const InflammationLane: Story = { name: 'Inflammation lane alone', args: { pathway: 'inflammation' } };
export const HeadingLevel2: Story = {
  name: 'heading-level="2" (lane, step, list and legend titles at level 2)',
  args: { 'heading-level': 2, view: 'list' },
};

export const StepLiverConversion: Story = {
  name: 'Step-through: CYP3A4 conversion, lab and rodents only (arrow label)',
  args: { step: stepOf('opioid.7-hydroxymitragynine') },
};
export const StepConflictingReceptorData: Story = {
  name: 'Step-through: mu-opioid receptor (7-OH partial agonist; mitragynine results disagree)',
  args: { step: stepOf('opioid.mu-receptor') },
};
export const StepProductTests: Story = {
  name: 'Step-through: first box, product lab tests ("Lab tests only" chip)',
  args: { step: stepOf('opioid.leaf') },
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
  args: { step: lastStep },
};

/** Anything but opioid / inflammation / both shows both lanes (one console warning). */
export const InvalidPathway: Story = { name: 'Invalid pathway value (falls back to both)', args: { pathway: 'sleep' } };
export const OutOfRangeStep: Story = { name: 'Out-of-range step (nearest valid step)', args: { step: 999 } };

export const ListView: Story = { name: 'List view', args: { view: 'list' } };
export const ListViewOpioid: Story = { name: 'List view, opioid lane', args: { view: 'list', pathway: 'opioid' } };

/** Content past its next review date (clock moved to 2100): the "may be out of date" marker. */
export const Stale: Story = {
  name: 'Stale (past next review date)',
  tags: ['!autodocs'],
  beforeEach: pastEveryReview,
};

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
export const Thai: Story = { name: 'Locale: ไทย', globals: { locale: 'th' }, args: { step: 3 } };
export const Arabic: Story = { name: 'Locale: العربية (rtl)', globals: { locale: 'ar' }, args: { step: 3 } };
export const ThaiDarkNarrow: Story = {
  name: 'Thai, dark, 320 px',
  globals: { locale: 'th', theme: 'dark', width: '320' },
  args: { step: 3 },
};
export const ArabicDarkNarrow: Story = {
  name: 'Arabic, dark, 320 px',
  globals: { locale: 'ar', theme: 'dark', width: '320' },
  args: { step: 3 },
};
export const ArabicList: Story = {
  name: 'Arabic, list view',
  globals: { locale: 'ar' },
  args: { view: 'list' },
};

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
