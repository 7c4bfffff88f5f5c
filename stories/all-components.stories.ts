/**
 * Every element together, once per supported locale (lit-localize holds one locale per page, so a
 * locale is a story), plus the combinations designers check most: Thai and Arabic in dark at 320 px,
 * and the high-contrast emulation. Use the toolbars to try any other combination.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { showcase, tickShowcase } from './playground.stories.js';

const meta: Meta = {
  title: 'Design system/All components',
  render: () => showcase(),
  play: tickShowcase,
};
export default meta;
type Story = StoryObj;

export const English: Story = { name: 'Locale: English', globals: { locale: 'en' } };
export const Spanish: Story = { name: 'Locale: Español', globals: { locale: 'es' } };
export const PortugueseBrazil: Story = { name: 'Locale: Português (Brasil)', globals: { locale: 'pt-BR' } };
export const French: Story = { name: 'Locale: Français', globals: { locale: 'fr' } };
export const German: Story = { name: 'Locale: Deutsch', globals: { locale: 'de' } };
export const Dutch: Story = { name: 'Locale: Nederlands', globals: { locale: 'nl' } };
export const Polish: Story = { name: 'Locale: Polski', globals: { locale: 'pl' } };
export const Thai: Story = { name: 'Locale: ไทย', globals: { locale: 'th' } };
export const Indonesian: Story = { name: 'Locale: Bahasa Indonesia', globals: { locale: 'id' } };
export const Malay: Story = { name: 'Locale: Bahasa Melayu', globals: { locale: 'ms' } };
export const Vietnamese: Story = { name: 'Locale: Tiếng Việt', globals: { locale: 'vi' } };
export const Arabic: Story = { name: 'Locale: العربية (rtl)', globals: { locale: 'ar' } };

export const ThaiDarkNarrow: Story = {
  name: 'Thai, dark, 320 px',
  globals: { locale: 'th', theme: 'dark', width: '320' },
};
export const ArabicDarkNarrow: Story = {
  name: 'Arabic, dark, 320 px',
  globals: { locale: 'ar', theme: 'dark', width: '320' },
};
export const HighContrast: Story = {
  name: 'High contrast (forced colours emulation)',
  globals: { theme: 'forced' },
};
export const Dark: Story = { globals: { theme: 'dark' } };
export const Width480: Story = { name: '480 px', globals: { width: '480' } };
export const Width768: Story = { name: '768 px', globals: { width: '768' } };
export const Width1200: Story = { name: '1200 px', globals: { width: '1200' } };
