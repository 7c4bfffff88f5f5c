/**
 * Builds Storybook argTypes from custom-elements.json, so every documented attribute gets a
 * control; string-literal union types become select controls with their allowed values.
 */
import manifest from '../custom-elements.json' with { type: 'json' };

interface ManifestAttribute {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
}

type ArgType = {
  name?: string;
  description?: string;
  control: { type: string } | false;
  options?: readonly (string | number)[];
  table?: Record<string, unknown>;
};

export function attributesOf(tag: string): ManifestAttribute[] {
  for (const mod of (
    manifest as { modules: { declarations?: { tagName?: string; attributes?: ManifestAttribute[] }[] }[] }
  ).modules) {
    for (const decl of mod.declarations ?? []) {
      if (decl.tagName === tag) return decl.attributes ?? [];
    }
  }
  throw new Error(`${tag} is not in custom-elements.json`);
}

/** argTypes for every attribute of `tag`; `options` overrides the allowed values of named attributes. */
export function argTypesFor(
  tag: string,
  options: Record<string, readonly (string | number)[]> = {},
): Record<string, ArgType> {
  const result: Record<string, ArgType> = {};
  for (const attr of attributesOf(tag)) {
    const type = attr.type?.text ?? 'string';
    const literals = [...type.matchAll(/'([^']*)'/g)].map((m) => m[1]!);
    const allowed = options[attr.name] ?? (literals.length ? literals : undefined);
    result[attr.name] = {
      name: attr.name,
      description: attr.description,
      control: allowed
        ? { type: 'select' }
        : type.includes('boolean')
          ? { type: 'boolean' }
          : type.includes('number')
            ? { type: 'number' }
            : { type: 'text' },
      ...(allowed ? { options: allowed } : {}),
      table: {
        category: 'attributes',
        type: { summary: type },
        defaultValue: attr.default ? { summary: attr.default } : undefined,
      },
    };
  }
  return result;
}
