/**
 * Token playground: every `--kratom-*` token is a control. The values are set on a wrapper with
 * CSSOM (`style.setProperty`), exactly as a host page would set them on a container, and all four
 * elements update. A live table shows the contrast of the colours the elements actually resolve
 * (read back from the page, so it follows the theme toolbar and any value you type).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, render, svg, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { LEGAL_STATUSES } from '../src/content/types.js';
import { JURISDICTIONS } from '../src/content/legal/jurisdictions.js';
import { DARK_COLORS, LIGHT_COLORS, OTHER_TOKENS, type ColorToken } from '../src/shared/tokens.js';
import { cssPropertyIndex } from './manifest.js';

type Args = Record<string, string>;

const PREFIX = '--kratom-';
const colorTokens = Object.keys(LIGHT_COLORS) as ColorToken[];
const otherTokens = Object.keys(OTHER_TOKENS) as (keyof typeof OTHER_TOKENS)[];
/** Element-specific colour properties from custom-elements.json (e.g. `--kratom-alkaloid-bar-color`). */
const extraColorProps = [...cssPropertyIndex().keys()].filter(
  (name) => name.endsWith('-color') && !(name in LIGHT_COLORS) && !(name in OTHER_TOKENS),
);
const argName = (token: string) => token.slice(PREFIX.length);

// Pixel values: they also work in a Storybook URL (`&args=radius:0px`), which drops dots and bare numbers.
const OTHER_OPTIONS: Record<string, readonly string[]> = {
  '--kratom-color-scheme': ['', 'light', 'dark', 'light dark'],
  '--kratom-font-family': ['', 'inherit', 'Georgia, serif', 'system-ui, sans-serif', 'ui-monospace, monospace'],
  '--kratom-font-size': ['', '14px', '16px', '18px', '20px'],
  '--kratom-line-height': ['', '1.3', '1.5', '1.7'],
  '--kratom-radius': ['', '0px', '2px', '4px', '8px', '16px', '24px'],
  '--kratom-space-1': ['', '2px', '4px', '8px'],
  '--kratom-space-2': ['', '4px', '8px', '12px'],
  '--kratom-space-3': ['', '8px', '12px', '16px'],
  '--kratom-space-4': ['', '12px', '16px', '24px'],
  '--kratom-focus-ring-width': ['', '2px', '3px', '4px'],
};

/** Ready-made token sets a designer can start from; individual controls win over the preset. */
const PRESETS: Record<string, Record<string, string>> = {
  none: {},
  // `light-dark()` gives each scheme its own value: one colour cannot reach 4.5:1 on both surfaces.
  brand: {
    '--kratom-color-accent': 'light-dark(#6b2c91, #d7a8f0)',
    '--kratom-color-focus': 'light-dark(#6b2c91, #d7a8f0)',
    '--kratom-color-link': 'light-dark(#6b2c91, #d7a8f0)',
    '--kratom-radius': '0',
  },
  'serif-airy': {
    '--kratom-font-family': 'Georgia, serif',
    '--kratom-font-size': '1.125rem',
    '--kratom-line-height': '1.7',
    '--kratom-space-3': '1rem',
    '--kratom-space-4': '1.5rem',
    '--kratom-radius': '1rem',
  },
  dense: {
    '--kratom-font-size': '0.875rem',
    '--kratom-line-height': '1.3',
    '--kratom-space-2': '0.25rem',
    '--kratom-space-3': '0.5rem',
    '--kratom-space-4': '0.75rem',
    '--kratom-radius': '2px',
  },
};

const HOST_FONTS = ['system', 'serif', 'mono'] as const;

// ── argTypes: one control per token ─────────────────────────────────────────────────────────
const argTypes: Meta<Args>['argTypes'] = {
  preset: {
    name: 'preset',
    description: 'A ready-made token set; the individual token controls below override it.',
    control: {
      type: 'select',
      labels: {
        none: 'none',
        brand: 'Brand purple, square corners',
        'serif-airy': 'Serif, large and airy',
        dense: 'Compact and dense',
      },
    },
    options: Object.keys(PRESETS),
    table: { category: 'start from' },
  },
  'host-font': {
    name: 'host-font',
    description:
      "The host page's own font (set on the page, not on the elements): with `--kratom-font-family` unset the elements inherit it.",
    control: { type: 'inline-radio' },
    options: HOST_FONTS,
    table: { category: 'start from' },
  },
};
for (const token of colorTokens) {
  argTypes[argName(token)] = {
    name: argName(token),
    description: `\`${token}\` (light ${LIGHT_COLORS[token]}, dark ${DARK_COLORS[token]}). Empty: the default of the current scheme.`,
    control: { type: 'color', presetColors: [LIGHT_COLORS[token], DARK_COLORS[token]] },
    table: { category: 'colour tokens' },
  };
}
for (const token of extraColorProps) {
  argTypes[argName(token)] = {
    name: argName(token),
    description: `\`${token}\`: ${cssPropertyIndex().get(token)?.description ?? ''}`,
    control: { type: 'color' },
    table: { category: 'element-specific' },
  };
}
for (const token of otherTokens) {
  argTypes[argName(token)] = {
    name: argName(token),
    description: `\`${token}\` (default \`${OTHER_TOKENS[token]}\`). Empty: the default.`,
    control: { type: 'select' },
    options: OTHER_OPTIONS[token] ?? [''],
    table: {
      category: token.includes('space') || token.includes('radius') ? 'spacing and shape' : 'typography and scheme',
    },
  };
}

const allTokens = [...colorTokens, ...extraColorProps, ...otherTokens];

/** The value each token gets from the args (preset first, then the individual controls). */
function tokenValues(args: Args): Map<string, string> {
  const values = new Map<string, string>(Object.entries(PRESETS[args.preset ?? 'none'] ?? {}));
  for (const token of allTokens) {
    // URL args turn `0` into a number; an empty control means "the library default".
    const value = args[argName(token)] as string | number | undefined;
    if (value !== undefined && value !== null && value !== '') values.set(token, String(value));
  }
  return values;
}

/** Sets (or removes) every token on the wrapper with CSSOM, the way a host stylesheet would. */
function applyTokens(wrapper: HTMLElement, values: Map<string, string>): void {
  for (const token of allTokens) {
    const value = values.get(token);
    if (value) wrapper.style.setProperty(token, value);
    else wrapper.style.removeProperty(token);
  }
}

// ── Live contrast of what the elements resolve ──────────────────────────────────────────────
function parseRgb(value: string): [number, number, number] | undefined {
  const m = value.match(/rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
}
function luminance([r, g, b]: [number, number, number]): number {
  const channels = [r, g, b].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * channels[0]! + 0.7152 * channels[1]! + 0.0722 * channels[2]!;
}
function contrast(a: [number, number, number], b: [number, number, number]): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
const hex = (rgb: [number, number, number]) =>
  `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

const NON_TEXT: ColorToken[] = ['--kratom-color-border', '--kratom-color-focus', '--kratom-color-accent'];
const SURFACES: ColorToken[] = ['--kratom-color-surface', '--kratom-color-surface-raised'];

/**
 * Resolves each colour token the way the elements do (`var(--kratom-x, light-dark(light, dark))`
 * under `color-scheme: var(--kratom-color-scheme, light dark)`) on a probe inside the wrapper.
 */
function resolveColors(probe: HTMLElement): Map<ColorToken, [number, number, number]> {
  const out = new Map<ColorToken, [number, number, number]>();
  for (const token of colorTokens) {
    probe.style.setProperty('color', `var(${token}, light-dark(${LIGHT_COLORS[token]}, ${DARK_COLORS[token]}))`);
    const rgb = parseRgb(getComputedStyle(probe).color);
    if (rgb) out.set(token, rgb);
  }
  probe.style.removeProperty('color');
  return out;
}

function contrastReport(colors: Map<ColorToken, [number, number, number]>, changed: Set<string>): TemplateResult {
  const rows = colorTokens.filter((t) => !SURFACES.includes(t) && colors.has(t));
  if (!SURFACES.every((s) => colors.has(s))) return html`<p>The surface colours could not be resolved.</p>`;
  const failures = rows.filter((token) => {
    const minimum = NON_TEXT.includes(token) ? 3 : 4.5;
    return SURFACES.some((s) => contrast(colors.get(token)!, colors.get(s)!) < minimum);
  });
  return html`<table class="kratom-table kratom-compact-table">
    <caption>
      Live contrast of the resolved colours (text 4.5:1, non-text 3:1, on both surfaces):
      ${failures.length === 0 ? 'every colour passes.' : html`<strong>${failures.length} below the minimum.</strong>`}
    </caption>
    <thead>
      <tr>
        <th scope="col">Token</th>
        <th scope="col">Resolved</th>
        <th scope="col">on surface</th>
        <th scope="col">on raised</th>
      </tr>
    </thead>
    <tbody>
      ${rows.map((token) => {
        const value = colors.get(token);
        if (!value) return html``;
        const minimum = NON_TEXT.includes(token) ? 3 : 4.5;
        return html`<tr>
          <th scope="row"><code>${token}</code>${changed.has(token) ? html` <strong>(changed)</strong>` : ''}</th>
          <td class="kratom-nowrap">
            <svg class="kratom-swatch-small" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              ${svg`<rect x="0.5" y="0.5" width="15" height="15" rx="3" fill=${hex(value)} stroke="#888"/>`}
            </svg>
            <code>${hex(value)}</code>
          </td>
          ${SURFACES.map((surface) => {
            const ratio = contrast(value, colors.get(surface)!);
            const pass = ratio >= minimum;
            return html`<td class=${pass ? 'kratom-pass' : 'kratom-fail'}>
              ${ratio.toFixed(2)}:1 ${pass ? '✓' : '✗ below ' + minimum}
            </td>`;
          })}
        </tr>`;
      })}
    </tbody>
  </table>`;
}

// ── The four elements (shared with "All components") ───────────────────────────────────────
const statusExamples = LEGAL_STATUSES.map((s) => JURISDICTIONS.find((j) => j.status === s)?.code ?? 'US');

/** Every element, as a designer wants to see them together (also used by the "All components" stories). */
export function showcase(): TemplateResult {
  return html`<div class="kratom-showcase">
    <section class="kratom-showcase-item" aria-label="kratom-legal-badge">
      <p class="kratom-label"><code>kratom-legal-badge</code></p>
      <ul class="kratom-gallery" aria-label="One badge per status">
        ${statusExamples.map((code) => html`<li><kratom-legal-badge jurisdiction=${code}></kratom-legal-badge></li>`)}
      </ul>
      <kratom-legal-badge jurisdiction="TH" variant="full"></kratom-legal-badge>
    </section>
    <section class="kratom-showcase-item" aria-label="kratom-risk-checklist">
      <p class="kratom-label"><code>kratom-risk-checklist</code></p>
      <kratom-risk-checklist
        items="opioids,alcohol,pregnancy,heart-rhythm,unknown-product"
        emergency-number="112"
      ></kratom-risk-checklist>
    </section>
    <section class="kratom-showcase-item" aria-label="kratom-alkaloid-explainer">
      <p class="kratom-label"><code>kratom-alkaloid-explainer</code></p>
      <kratom-alkaloid-explainer alkaloid="7-hydroxymitragynine"></kratom-alkaloid-explainer>
    </section>
    <section class="kratom-showcase-item" aria-label="kratom-mechanism-diagram">
      <p class="kratom-label"><code>kratom-mechanism-diagram</code></p>
      <kratom-mechanism-diagram step="3"></kratom-mechanism-diagram>
    </section>
  </div>`;
}

/** Ticks two checklist items, so severities and the summary are visible. */
export async function tickShowcase({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const el = canvasElement.querySelector('kratom-risk-checklist');
  if (!el) return;
  await el.updateComplete;
  for (const id of ['opioids', 'pregnancy']) {
    const input = el.shadowRoot?.querySelector<HTMLInputElement>(`#cb-${id}`);
    if (input && !input.checked) input.click();
  }
  await el.updateComplete;
}

const meta: Meta<Args> = {
  title: 'Design system/Playground',
  excludeStories: ['showcase', 'tickShowcase'],
  argTypes,
  args: { preset: 'none', 'host-font': 'system' },
  parameters: { controls: { expanded: true, sort: 'none' } },
};
export default meta;
type Story = StoryObj<Args>;

/**
 * Edit any token in the Controls panel: the values are set on the wrapper and all four elements
 * update; the table above them shows the contrast of what they now resolve.
 */
export const Playground: Story = {
  render: (args) => {
    const values = tokenValues(args);
    const apply = (wrapper?: Element) => {
      if (!(wrapper instanceof HTMLElement)) return;
      applyTokens(wrapper, values);
      // Resolve once the wrapper is in the document (ref callbacks can run before insertion).
      let attempts = 0;
      const report = () => {
        if (!wrapper.isConnected) {
          if (attempts++ < 20) setTimeout(report, 25);
          return;
        }
        const probe = wrapper.querySelector<HTMLElement>('.kratom-probe');
        const target = wrapper.querySelector<HTMLElement>('.kratom-playground-report');
        if (probe && target) render(contrastReport(resolveColors(probe), new Set(values.keys())), target);
      };
      queueMicrotask(report);
    };
    return html`<div class="kratom-playground" data-host-font=${args['host-font'] ?? 'system'} ${ref(apply)}>
      <span class="kratom-probe" aria-hidden="true"></span>
      <details class="kratom-playground-details" open>
        <summary>Contrast of the current tokens</summary>
        <div class="kratom-playground-report"></div>
      </details>
      ${showcase()}
    </div>`;
  },
  play: tickShowcase,
};

/** The playground with a brand preset applied (purple accent, square corners). */
export const BrandPreset: Story = {
  name: 'Playground: brand preset',
  args: { preset: 'brand' },
  render: Playground.render!,
  play: tickShowcase,
};
