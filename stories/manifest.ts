/**
 * Reads custom-elements.json for the stories and docs pages: argTypes for every attribute (with the
 * allowed values as options), and the custom properties, parts, states, events and slots of each
 * element. String-literal union types become select controls with their allowed values; the
 * stories pass the content-driven option lists (jurisdiction codes, alkaloid ids, risk ids …).
 */
import manifest from '../custom-elements.json' with { type: 'json' };

export interface ManifestItem {
  name: string;
  description?: string;
  default?: string;
}

export interface ManifestAttribute extends ManifestItem {
  type?: { text: string };
  fieldName?: string;
}

interface ManifestMember extends ManifestItem {
  kind: string;
  type?: { text: string };
  attribute?: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
}

export interface ManifestDeclaration {
  name: string;
  tagName?: string;
  summary?: string;
  description?: string;
  attributes?: ManifestAttribute[];
  members?: ManifestMember[];
  cssProperties?: ManifestItem[];
  cssParts?: ManifestItem[];
  cssStates?: ManifestItem[];
  events?: ManifestItem[];
  slots?: ManifestItem[];
}

type ArgType = {
  name?: string;
  description?: string;
  control?: { type: string; [key: string]: unknown } | false;
  options?: readonly (string | number)[];
  table?: Record<string, unknown>;
};

/** How a story file overrides the control of one attribute. */
export type OptionOverride =
  | readonly (string | number)[]
  | { options: readonly (string | number)[]; control?: 'select' | 'radio' | 'inline-radio' | 'check' | 'inline-check' };

const declarations = (manifest as { modules: { declarations?: ManifestDeclaration[] }[] }).modules.flatMap(
  (mod) => mod.declarations ?? [],
);

/** Every custom element in the manifest, in tag order. */
export const ELEMENTS: readonly (ManifestDeclaration & { tagName: string })[] = declarations
  .filter((d): d is ManifestDeclaration & { tagName: string } => typeof d.tagName === 'string')
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

export function declarationOf(tag: string): ManifestDeclaration {
  const decl = ELEMENTS.find((d) => d.tagName === tag);
  if (!decl) throw new Error(`${tag} is not in custom-elements.json`);
  return decl;
}

export function attributesOf(tag: string): ManifestAttribute[] {
  return declarationOf(tag).attributes ?? [];
}

/** Heading levels accepted by every `heading-level` attribute. */
export const HEADING_LEVELS = [1, 2, 3, 4, 5, 6] as const;

/**
 * argTypes for every attribute of `tag`; `options` gives the allowed values of named attributes
 * (a list → select control; `{ options, control: 'check' }` → multi-select for list attributes).
 * Properties that only mirror an attribute under another name (`headingLevel`) and read-only
 * properties get no control, so every working control is an attribute. Custom states are listed
 * in the table too (Storybook does not read them from the manifest itself).
 */
export function argTypesFor(tag: string, options: Record<string, OptionOverride> = {}): Record<string, ArgType> {
  const decl = declarationOf(tag);
  const result: Record<string, ArgType> = {};
  const attributeNames = new Set((decl.attributes ?? []).map((a) => a.name));

  for (const member of decl.members ?? []) {
    if (member.kind !== 'field' || attributeNames.has(member.name)) continue;
    if (member.attribute) {
      // Same setting as the attribute row: hide the duplicate.
      result[member.name] = { table: { disable: true } };
    } else if (member.static || member.privacy === 'private' || member.privacy === 'protected') {
      result[member.name] = { table: { disable: true } };
    } else {
      result[member.name] = {
        control: false,
        table: { category: member.readonly ? 'properties (read-only)' : 'properties' },
      };
    }
  }

  for (const attr of decl.attributes ?? []) {
    const type = attr.type?.text ?? 'string';
    const literals = [...type.matchAll(/'([^']*)'/g)].map((m) => m[1]!);
    const override = options[attr.name];
    const allowed = override
      ? 'options' in override
        ? override.options
        : override
      : attr.name === 'heading-level'
        ? HEADING_LEVELS
        : literals.length
          ? literals
          : undefined;
    const multi = override && 'options' in override ? override.control : undefined;
    const control: ArgType['control'] = multi
      ? { type: multi }
      : allowed
        ? { type: 'select' }
        : type.includes('boolean')
          ? { type: 'boolean' }
          : type.includes('number')
            ? { type: 'number' }
            : { type: 'text' };
    result[attr.name] = {
      name: attr.name,
      description: attr.description,
      control,
      ...(allowed ? { options: allowed } : {}),
      table: {
        category: 'attributes',
        type: { summary: type, detail: allowed ? allowed.map((v) => JSON.stringify(v)).join(' | ') : undefined },
        defaultValue: attr.default ? { summary: attr.default } : undefined,
      },
    };
  }

  for (const state of decl.cssStates ?? []) {
    result[`:state(${state.name})`] = {
      name: `:state(${state.name})`,
      description: state.description,
      control: false,
      table: { category: 'css custom states' },
    };
  }
  return result;
}

/** Every `--kratom-*` custom property any element documents, with its description and the elements that read it. */
export function cssPropertyIndex(): Map<string, { description: string; tags: string[] }> {
  const index = new Map<string, { description: string; tags: string[] }>();
  for (const el of ELEMENTS) {
    for (const prop of el.cssProperties ?? []) {
      const entry = index.get(prop.name) ?? { description: prop.description ?? '', tags: [] };
      entry.tags.push(el.tagName);
      index.set(prop.name, entry);
    }
  }
  return index;
}
