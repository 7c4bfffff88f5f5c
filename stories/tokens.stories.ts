/**
 * The design-token reference, generated at render time from src/shared/tokens.ts (LIGHT_COLORS,
 * DARK_COLORS, OTHER_TOKENS) and the `cssProperties` / `cssParts` / `cssStates` of
 * custom-elements.json. Contrast ratios use the formula of test/tokens.test.ts (WCAG 2 relative
 * luminance): text colours need 4.5:1, non-text colours (borders, focus ring, accent) 3:1, on both
 * surfaces, in light and in dark.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, svg, type TemplateResult } from 'lit';
import { LEGAL_STATUSES, SEVERITIES, type LegalStatus, type Severity } from '../src/content/types.js';
import { severityIcon } from '../src/shared/icons.js';
import { statusIcon, type StatusIconKind } from '../src/shared/status-icons.js';
import { DARK_COLORS, LIGHT_COLORS, OTHER_TOKENS, type ColorToken } from '../src/shared/tokens.js';
import { ELEMENTS, cssPropertyIndex } from './manifest.js';

// ── Contrast (same formula as test/tokens.test.ts) ──────────────────────────────────────────
function luminance(hex: string): number {
  const n = parseInt(hex.slice(1), 16);
  const channels = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * channels[0]! + 0.7152 * channels[1]! + 0.0722 * channels[2]!;
}

/** WCAG contrast ratio of two `#rrggbb` colours. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

type Role = 'text' | 'non-text' | 'surface';
const SURFACES: ColorToken[] = ['--kratom-color-surface', '--kratom-color-surface-raised'];
const NON_TEXT: ColorToken[] = ['--kratom-color-border', '--kratom-color-focus', '--kratom-color-accent'];
const roleOf = (token: ColorToken): Role =>
  SURFACES.includes(token) ? 'surface' : NON_TEXT.includes(token) ? 'non-text' : 'text';
const MINIMUM: Record<Exclude<Role, 'surface'>, number> = { text: 4.5, 'non-text': 3 };

const PALETTES = [
  { scheme: 'light', palette: LIGHT_COLORS },
  { scheme: 'dark', palette: DARK_COLORS },
] as const;

const colorTokens = Object.keys(LIGHT_COLORS) as ColorToken[];
const properties = cssPropertyIndex();
const tagsOf = (token: string) => properties.get(token)?.tags ?? [];
const descriptionOf = (token: string) => properties.get(token)?.description ?? '';

/** A ratio cell: the figure, and whether it reaches the minimum of the role. */
function ratioCell(ratio: number, minimum: number): TemplateResult {
  const pass = ratio >= minimum;
  return html`<td class=${pass ? 'kratom-pass' : 'kratom-fail'}>
    ${ratio.toFixed(2)}:1
    <span class="kratom-verdict">${pass ? '✓' : '✗'} ${pass ? 'passes' : 'fails'} ${minimum}:1</span>
  </td>`;
}

/** A colour swatch drawn with SVG presentation attributes (no inline styles). */
function swatch(color: string, surface: string): TemplateResult {
  return html`<svg class="kratom-swatch" viewBox="0 0 48 24" aria-hidden="true" focusable="false">
    ${svg`<rect x="0.5" y="0.5" width="47" height="23" rx="4" fill=${surface} stroke="#888"/>
      <rect x="6" y="5" width="14" height="14" rx="3" fill=${color}/>
      <text x="26" y="17" font-size="12" font-weight="700" fill=${color}>Aa</text>`}
  </svg>`;
}

/** An icon in a token's colour on the surface (icons use `currentColor`, set by the SVG `color` attribute). */
function roleSample(icon: TemplateResult, color: string, surface: string): TemplateResult {
  return html`<svg class="kratom-role-sample" viewBox="0 0 24 24" color=${color} aria-hidden="true" focusable="false">
    ${svg`<rect width="24" height="24" rx="4" fill=${surface}/>`}${icon}
  </svg>`;
}

const meta: Meta = {
  title: 'Design system/Tokens',
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj;

/** Every colour token with its light and dark value and its contrast on both surfaces. */
export const ColourTokens: Story = {
  name: 'Colour tokens and contrast',
  render: () =>
    html`<div class="kratom-doc" role="region" tabindex="0" aria-label="Colour tokens (scrollable)">
      <table class="kratom-table">
        <caption>
          Colour tokens: light and dark defaults, contrast against
          <code>--kratom-color-surface</code>
          and
          <code>--kratom-color-surface-raised</code>
          (text 4.5:1, non-text 3:1)
        </caption>
        <thead>
          <tr>
            <th scope="col" rowspan="2">Token</th>
            <th scope="col" rowspan="2">Role</th>
            ${PALETTES.map(({ scheme }) => html`<th scope="colgroup" colspan="3">${scheme}</th>`)}
            <th scope="col" rowspan="2">Documented by (custom-elements.json)</th>
          </tr>
          <tr>
            ${PALETTES.map(
              () =>
                html`<th scope="col">Value</th>
                  <th scope="col">on surface</th>
                  <th scope="col">on raised surface</th>`,
            )}
          </tr>
        </thead>
        <tbody>
          ${colorTokens.map((token) => {
            const role = roleOf(token);
            return html`<tr>
              <th scope="row">
                <code>${token}</code>
                <div class="kratom-muted">${descriptionOf(token)}</div>
              </th>
              <td>${role}${role === 'surface' ? '' : html` (≥ ${MINIMUM[role]}:1)`}</td>
              ${PALETTES.map(({ palette }) => {
                const value = palette[token];
                const cells =
                  role === 'surface'
                    ? html`<td colspan="2">
                        ${
                          token === '--kratom-color-surface'
                            ? 'background'
                            : html`raised background; text on it:
                              ${contrast(palette['--kratom-color-text'], value).toFixed(2)}:1`
                        }
                      </td>`
                    : SURFACES.map((surface) => ratioCell(contrast(value, palette[surface]), MINIMUM[role]));
                return html`<td class="kratom-nowrap">
                    ${swatch(value, palette['--kratom-color-surface'])} <code>${value}</code>
                  </td>
                  ${cells}`;
              })}
              <td>${tagsOf(token).map((tag) => html`<code class="kratom-tag">${tag}</code> `)}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>`,
};

const STATUS_TOKEN: Record<LegalStatus, ColorToken> = {
  legal: '--kratom-color-legal',
  regulated: '--kratom-color-regulated',
  restricted: '--kratom-color-restricted',
  banned: '--kratom-color-banned',
  unclear: '--kratom-color-unclear',
};
const SEVERITY_TOKEN: Record<Severity, ColorToken> = {
  urgent: '--kratom-color-urgent',
  prompt: '--kratom-color-prompt',
  'before-use': '--kratom-color-before-use',
  caution: '--kratom-color-caution',
};

/** Colour roles: which token each legal status and each severity uses, with its icon shape. */
export const ColourRoles: Story = {
  name: 'Colour roles (legal status, severity)',
  render: () => {
    const rows: { label: string; kind: string; token: ColorToken; icon: TemplateResult }[] = [
      ...LEGAL_STATUSES.map((status) => ({
        label: status,
        kind: 'legal status',
        token: STATUS_TOKEN[status],
        icon: statusIcon(status),
      })),
      ...(['unverified', 'unknown', 'none'] as StatusIconKind[]).map((state) => ({
        label: state,
        kind: 'badge state',
        token: '--kratom-color-unclear' as ColorToken,
        icon: statusIcon(state),
      })),
      ...SEVERITIES.map((severity) => ({
        label: severity,
        kind: 'severity',
        token: SEVERITY_TOKEN[severity],
        icon: severityIcon(severity),
      })),
    ];
    return html`<div class="kratom-doc" role="region" tabindex="0" aria-label="Colour roles (scrollable)">
      <table class="kratom-table">
        <caption>
          Colour roles. Meaning never rests on colour alone: each role also has its own icon shape and word.
        </caption>
        <thead>
          <tr>
            <th scope="col">Role</th>
            <th scope="col">Kind</th>
            <th scope="col">Token</th>
            <th scope="col">Light (icon on surface, contrast)</th>
            <th scope="col">Dark (icon on surface, contrast)</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (row) =>
              html`<tr>
                <th scope="row">${row.label}</th>
                <td>${row.kind}</td>
                <td><code>${row.token}</code></td>
                ${PALETTES.map(({ palette }) => {
                  const ratio = contrast(palette[row.token], palette['--kratom-color-surface']);
                  return html`<td class="kratom-nowrap">
                    ${roleSample(row.icon, palette[row.token], palette['--kratom-color-surface'])}
                    <code>${palette[row.token]}</code> ${ratio.toFixed(2)}:1 ${ratio >= 4.5 ? '✓' : '✗'}
                  </td>`;
                })}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  },
};

/** Spacing, radius, typography and focus ring, with a visual sample of each default. */
export const OtherTokens: Story = {
  name: 'Spacing, radius, typography',
  render: () => {
    // Samples drawn at a 16px text size: lengths are em of the text they sit in.
    const px16 = (value: string) => (value.endsWith('em') ? parseFloat(value) * 16 : parseFloat(value));
    const sample = (token: string, value: string): TemplateResult => {
      if (token.startsWith('--kratom-space-')) {
        const px = px16(value);
        return html`<svg class="kratom-sample" viewBox="0 0 80 16" aria-hidden="true" focusable="false">
          ${svg`<rect x="0" y="4" width=${px} height="8" fill="currentColor"/>`}
        </svg>`;
      }
      if (token === '--kratom-radius') {
        return html`<svg class="kratom-sample" viewBox="0 0 80 32" aria-hidden="true" focusable="false">
          ${svg`<rect x="1" y="1" width="60" height="30" rx=${px16(value)} fill="none" stroke="currentColor" stroke-width="2"/>`}
        </svg>`;
      }
      if (token === '--kratom-focus-ring-width') {
        return html`<svg class="kratom-sample" viewBox="0 0 80 32" aria-hidden="true" focusable="false">
          ${svg`<rect x="4" y="4" width="56" height="24" rx="4" fill="none" stroke="currentColor" stroke-width=${px16(value)}/>`}
        </svg>`;
      }
      if (token === '--kratom-font-family') return html`<span>Inherits the page font: this line uses it.</span>`;
      if (token === '--kratom-font-size')
        return html`<span>The text size around the widget (never the page root).</span>`;
      if (token === '--kratom-min-font-size')
        return html`<span
          >Floor: on a host with 10px text (e.g. <code>html { font-size: 62.5% }</code>) the widget still uses
          16px.</span
        >`;
      return html``;
    };
    return html`<div
      class="kratom-doc"
      role="region"
      tabindex="0"
      aria-label="Spacing, radius, typography (scrollable)"
    >
      <table class="kratom-table">
        <caption>
          Other tokens. Typography inherits the host page's font by default (<code>--kratom-font-family: inherit</code
          >); sizes follow the host's text (<code>em</code>) with a 16px floor; no length uses
          <code>rem</code
          >.
        </caption>
        <thead>
          <tr>
            <th scope="col">Token</th>
            <th scope="col">Default</th>
            <th scope="col">Sample</th>
            <th scope="col">Documented by (custom-elements.json)</th>
          </tr>
        </thead>
        <tbody>
          ${Object.entries(OTHER_TOKENS).map(
            ([token, value]) =>
              html`<tr>
                <th scope="row">
                  <code>${token}</code>
                  <div class="kratom-muted">${descriptionOf(token)}</div>
                </th>
                <td><code>${value}</code></td>
                <td>${sample(token, value)}</td>
                <td>${tagsOf(token).map((tag) => html`<code class="kratom-tag">${tag}</code> `)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  },
};

/** Every `--kratom-*` custom property each element documents in custom-elements.json. */
export const CustomProperties: Story = {
  name: 'Custom properties per element',
  render: () => {
    const all = [...properties.keys()].sort();
    const defined = new Set<string>([...colorTokens, ...Object.keys(OTHER_TOKENS)]);
    return html`<div
      class="kratom-doc"
      role="region"
      tabindex="0"
      aria-label="Custom properties per element (scrollable)"
    >
      <table class="kratom-table">
        <caption>
          Custom properties per element (from custom-elements.json). Properties not in the shared token set are
          element-specific.
        </caption>
        <thead>
          <tr>
            <th scope="col">Custom property</th>
            ${ELEMENTS.map((el) => html`<th scope="col"><code>${el.tagName}</code></th>`)}
          </tr>
        </thead>
        <tbody>
          ${all.map(
            (name) =>
              html`<tr>
                <th scope="row">
                  <code>${name}</code
                  >${defined.has(name) ? '' : html` <span class="kratom-muted">(element-specific)</span>`}
                </th>
                ${ELEMENTS.map((el) => {
                  const prop = el.cssProperties?.find((p) => p.name === name);
                  return html`<td>
                    ${prop ? html`<span class="kratom-yes">✓</span> ${prop.description}` : html`<span class="kratom-muted">–</span>`}
                  </td>`;
                })}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  },
};

/** Every `::part` and `:state()` of every element, from custom-elements.json. */
export const PartsAndStates: Story = {
  name: 'Parts and states per element',
  render: () =>
    html`<div class="kratom-doc" role="region" tabindex="0" aria-label="Parts and states per element (scrollable)">
      ${ELEMENTS.map(
        (el) =>
          html`<section class="kratom-section" aria-labelledby=${`parts-${el.tagName}`}>
            <h2 id=${`parts-${el.tagName}`}><code>${el.tagName}</code></h2>
            <table class="kratom-table">
              <caption>
                <code>${el.tagName}</code
                >: ${el.cssParts?.length ?? 0} parts, ${el.cssStates?.length ?? 0} custom states
              </caption>
              <thead>
                <tr>
                  <th scope="col">Selector</th>
                  <th scope="col">What it is</th>
                </tr>
              </thead>
              <tbody>
                ${(el.cssParts ?? []).map(
                  (part) =>
                    html`<tr>
                      <th scope="row"><code>${el.tagName}::part(${part.name})</code></th>
                      <td>${part.description}</td>
                    </tr>`,
                )}
                ${(el.cssStates ?? []).map(
                  (state) =>
                    html`<tr>
                      <th scope="row"><code>${el.tagName}:state(${state.name})</code></th>
                      <td>${state.description}</td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </section>`,
      )}
    </div>`,
};
