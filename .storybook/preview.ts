/**
 * Storybook preview: manifest-driven docs, and toolbars for locale, text direction, theme and
 * container width. A decorator applies them to `<html lang dir>` and the story container, and waits
 * for the locale to be ready before the story renders.
 */
import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
import { html } from 'lit';
import manifest from '../custom-elements.json' with { type: 'json' };
import { SUPPORTED_LOCALES, localeDirection, setLocale } from '../src/localization/index.js';
import { autonym } from '../src/localization/autonyms.js';
import '../src/all.js';
import './preview.css';

setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    controls: { expanded: true, sort: 'requiredFirst' },
    // Every story is checked by axe in the a11y panel (and in CI by scripts/storybook-axe.mjs).
    a11y: {
      test: 'error',
      options: {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] },
      },
    },
    layout: 'padded',
    options: {
      storySort: {
        order: [
          'Docs',
          ['Getting started', 'Theming', 'Content and sources', 'Translators', 'Accessibility', '*'],
          'Components',
          'Design system',
          ['Tokens', 'Playground', 'All components'],
          'Content',
          '*',
        ],
      },
    },
  },
  globalTypes: {
    locale: {
      description: 'Widget language (sets <html lang>)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        dynamicTitle: true,
        items: SUPPORTED_LOCALES.map((code) => ({ value: code, title: autonym(code) })),
      },
    },
    direction: {
      description: 'Text direction (sets <html dir>)',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        dynamicTitle: true,
        items: [
          { value: 'auto', title: 'auto (from locale)' },
          { value: 'ltr', title: 'ltr' },
          { value: 'rtl', title: 'rtl' },
        ],
      },
    },
    theme: {
      description: 'Colour scheme',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        dynamicTitle: true,
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'forced', title: 'High contrast (forced colours emulation)' },
        ],
      },
    },
    width: {
      description: 'Container width',
      toolbar: {
        title: 'Width',
        icon: 'ruler',
        dynamicTitle: true,
        items: [
          { value: 'full', title: 'Full width' },
          { value: '320', title: '320 px' },
          { value: '480', title: '480 px' },
          { value: '768', title: '768 px' },
          { value: '1200', title: '1200 px' },
        ],
      },
    },
  },
  initialGlobals: { locale: 'en', direction: 'auto', theme: 'light', width: 'full' },
  loaders: [
    async ({ globals }) => {
      const root = document.documentElement;
      const locale = String(globals.locale ?? 'en');
      root.lang = locale;
      const dir = String(globals.direction ?? 'auto');
      root.dir = dir === 'auto' ? localeDirection(locale) : dir;
      root.dataset.kratomTheme = String(globals.theme ?? 'light');
      await setLocale(null);
      return {};
    },
  ],
  decorators: [
    (story, { globals }) => {
      const width = String(globals.width ?? 'full');
      const theme = String(globals.theme ?? 'light');
      return html`<div class="kratom-story" data-width=${width} data-theme=${theme}>${story()}</div>`;
    },
  ],
};

export default preview;
