/**
 * The publisher's own medical review (issue #26) in every state readers can meet: current (with and
 * without role and policy link), after a content update (the review was of an earlier version), a
 * review of a newer version than the page loads, an invalid declaration (no line, one console
 * warning), and the page-level declaration. The line sits at the top of each widget's review footer.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { REVIEWS } from '../src/content/review.js';
import { setPublisherReview, type PublisherReview } from '../src/index.js';
import '../src/all.js';

type Args = { review: unknown; tag: string };

const CURRENT: PublisherReview = {
  publisher: 'Example Health',
  reviewer: 'Dr Ana Ruiz',
  role: 'MD, emergency medicine',
  date: '2026-12-01',
  contentVersion: REVIEWS.risks.contentVersion,
  policyUrl: 'https://example.org/editorial-policy',
};

const widget = (tag: string, review: unknown) => {
  const attribute = review === undefined ? nothing : typeof review === 'string' ? review : JSON.stringify(review);
  switch (tag) {
    case 'kratom-mechanism-diagram':
      return html`<kratom-mechanism-diagram view="list" publisher-review=${attribute}></kratom-mechanism-diagram>`;
    case 'kratom-alkaloid-explainer':
      return html`<kratom-alkaloid-explainer publisher-review=${attribute}></kratom-alkaloid-explainer>`;
    default:
      return html`<kratom-risk-checklist variant="compact" publisher-review=${attribute}></kratom-risk-checklist>`;
  }
};

const meta: Meta<Args> = {
  title: 'Content/Publisher review',
  args: { review: CURRENT, tag: 'kratom-risk-checklist' },
  argTypes: {
    review: { control: 'object', description: 'The `publisher-review` attribute (as JSON).' },
    tag: {
      control: 'select',
      options: ['kratom-risk-checklist', 'kratom-alkaloid-explainer', 'kratom-mechanism-diagram'],
    },
  },
  render: ({ review, tag }) => widget(tag, review),
};
export default meta;
type Story = StoryObj<Args>;

export const Current: Story = { name: 'Current: with role and editorial policy' };
export const NoRoleNoPolicy: Story = {
  name: 'Current: without role or policy',
  args: { review: { ...CURRENT, role: undefined, policyUrl: undefined } },
};
export const Outdated: Story = {
  name: 'Outdated: the content changed since the reviewed version',
  args: { review: { ...CURRENT, contentVersion: '2026.11.0' } },
};
export const NewerThanLoaded: Story = {
  name: 'Review of a newer version than the page loads',
  args: { review: { ...CURRENT, contentVersion: '2099.01.0' } },
};
export const Invalid: Story = {
  name: 'Invalid (future date): no line, one console warning',
  args: { review: { ...CURRENT, date: '2099-01-01' } },
};
export const EveryElement: Story = {
  name: 'Every element with a footer',
  render: ({ review }) =>
    html`${widget('kratom-risk-checklist', review)} ${widget('kratom-mechanism-diagram', review)}
    ${widget('kratom-alkaloid-explainer', review)}`,
};
export const PageLevel: Story = {
  name: 'Page level: setPublisherReview() (the element value wins)',
  args: { review: undefined },
  beforeEach: () => {
    setPublisherReview({ ...CURRENT, publisher: 'Page-wide Health' });
    return () => setPublisherReview(null);
  },
  render: () =>
    html`${widget('kratom-risk-checklist', undefined)}
    ${widget('kratom-mechanism-diagram', { ...CURRENT, publisher: 'This element’s own publisher' })}`,
};
