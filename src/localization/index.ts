/**
 * The single owner of locale state in kratom-widgets.
 *
 * - By default the widgets follow `<html lang>` and react to live changes of it.
 * - `setLocale(tag)` overrides the page language; `setLocale(null)` follows the page again.
 * - Any BCP 47 tag resolves to the best supported locale (`pt-PT` → `pt-BR`, `es-MX` → `es`),
 *   unknown → English. Never blank.
 * - Locale modules load lazily through `LOCALE_LOADERS`, in parts: a shared part plus one part per
 *   element, fetched only for elements that are on the page (`requireLocalePart`). A failed or
 *   malformed load keeps English and logs one warning.
 * - If the host page already configured `@lit/localize` (one copy shared with the host), the library
 *   does not throw: it renders with the host's active locale and templates ("host mode"). The host
 *   merges our templates into its own `loadLocale` (see README, "Localisation").
 */
import { configureLocalization, LOCALE_STATUS_EVENT, type LocaleModule } from '@lit/localize';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { LOCALE_LOADERS, SHARED_PART } from './loaders.js';
import { localeDirection, resolveLocale } from './resolve.js';

export { localeDirection, resolveLocale } from './resolve.js';
export { LOCALE_LOADERS, LOCALE_PARTS } from './loaders.js';

/** Every locale the library ships, source first. */
export const SUPPORTED_LOCALES: readonly string[] = [sourceLocale, ...targetLocales];
export const SOURCE_LOCALE: string = sourceLocale;

/** Event fired on `window` by kratom-widgets after the active locale changed and is ready. */
export const LOCALE_CHANGE_EVENT = 'kratom-locale-change';

type Runtime = { getLocale: () => string; setLocale: (locale: string) => Promise<void> };

let runtime: Runtime | undefined;
/** lit-localize's own source locale: a private code, never shown (`getLocale()` reports English). */
const RUNTIME_SOURCE = 'x-kratom-source';
/** The last locale asked of the runtime (`undefined`: none yet, the runtime shows its source, English). */
let asked: string | undefined;
/** While `renderInLocale` runs: the locale its `msg()` calls and formatters answer in. */
let renderLocale: string | null = null;
let hostManaged = false;
let hostLocale = sourceLocale;
let override: string | null = null;
let observer: MutationObserver | undefined;
let pending: Promise<void> = Promise.resolve();
const warned = new Set<string>();

function warnOnce(key: string, message: string): void {
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(`kratom-widgets: ${message}`);
}

/** Parts needed on this page: the shared one and those of the elements that connected. */
const requiredParts = new Set<string>([SHARED_PART]);
/** Merged templates per locale: the object handed to @lit/localize, extended as parts arrive. */
const mergedTemplates: Record<string, LocaleModule['templates']> = {};
/** `locale:part` → load (and merge) in flight or done. A failed load is forgotten, so it can retry. */
const partLoads = new Map<string, Promise<void>>();
const loadedParts = new Set<string>();

/** Loads one part of a locale, validates it (a truncated or malformed chunk throws) and merges it. */
function loadPart(locale: string, part: string): Promise<void> {
  const key = `${locale}:${part}`;
  let load = partLoads.get(key);
  if (!load) {
    load = (async () => {
      const loader = LOCALE_LOADERS[locale]?.[part];
      if (!loader) throw new Error(`no loader for locale "${locale}" (${part})`);
      const mod = (await loader()) as Partial<LocaleModule> | undefined;
      if (!mod || typeof mod.templates !== 'object' || mod.templates === null) {
        throw new Error(`locale module "${locale}" (${part}) has no templates`);
      }
      Object.assign((mergedTemplates[locale] ??= {}), mod.templates);
      loadedParts.add(key);
    })();
    partLoads.set(key, load);
    load.catch(() => partLoads.delete(key));
  }
  return load;
}

/** The active locale of our runtime (English while it still shows its private source locale). */
function runtimeLocale(): string {
  const active = runtime?.getLocale();
  return !active || active === RUNTIME_SOURCE ? sourceLocale : active;
}

/**
 * The one `templates` object the runtime holds for every locale, English included: each lookup goes
 * to the locale of a running `renderInLocale`, else to the active locale. English has no templates,
 * so `msg()` answers with its source text.
 */
const templates = new Proxy({} as NonNullable<LocaleModule['templates']>, {
  get: (_target, id) => (typeof id === 'string' ? mergedTemplates[renderLocale ?? runtimeLocale()]?.[id] : undefined),
});

/** `loadLocale` for @lit/localize: every required part of `locale`, including parts added meanwhile. */
async function loadLocale(locale: string): Promise<LocaleModule> {
  let count: number;
  do {
    count = requiredParts.size;
    if (locale !== sourceLocale) await Promise.all([...requiredParts].map((part) => loadPart(locale, part)));
  } while (requiredParts.size !== count);
  return { templates };
}

function documentLanguage(): string | null {
  return typeof document === 'undefined' ? null : document.documentElement.getAttribute('lang');
}

function desiredLocale(): string {
  return resolveLocale(override ?? documentLanguage(), SUPPORTED_LOCALES, sourceLocale);
}

function announce(): void {
  window.dispatchEvent(new CustomEvent(LOCALE_CHANGE_EVENT, { detail: { locale: getLocale() } }));
}

function apply(): Promise<void> {
  if (!runtime || hostManaged) return pending;
  const target = desiredLocale();
  const rt = runtime;
  // Ask the runtime (it returns the in-flight promise when `target` is already loading, and a later
  // request wins over an earlier one still loading), except for English before any request: the
  // runtime already shows its source text, and asking would re-render every element for nothing.
  const request = target === sourceLocale && asked === undefined ? Promise.resolve() : rt.setLocale((asked = target));
  pending = request.then(announce).catch((error: unknown) => {
    warnOnce(`load:${target}`, `could not load the "${target}" translations (${String(error)}); showing English.`);
    return rt.setLocale((asked = sourceLocale)).then(announce, () => undefined);
  });
  return pending;
}

/**
 * Sets up localisation once per copy of the library. Called by every kratom element when it
 * connects; safe to call many times. Does nothing on the server.
 */
export function ensureLocalization(): void {
  if (runtime || hostManaged || typeof window === 'undefined') return;
  try {
    runtime = configureLocalization({ sourceLocale: RUNTIME_SOURCE, targetLocales: SUPPORTED_LOCALES, loadLocale });
  } catch {
    hostManaged = true;
    warnOnce(
      'host',
      "the page already configured @lit/localize, so kratom-widgets uses the host app's active locale. " +
        'Merge kratom-widgets/locales/<code>.js templates into your loadLocale to show our translations.',
    );
    hostLocale = desiredLocale();
    window.addEventListener(LOCALE_STATUS_EVENT, (event) => {
      const detail = (event as CustomEvent<{ status: string; readyLocale?: string }>).detail;
      if (detail.status === 'ready' && detail.readyLocale) {
        hostLocale = resolveLocale(detail.readyLocale, SUPPORTED_LOCALES, sourceLocale);
        announce();
      }
    });
    return;
  }
  observer = new MutationObserver(() => void apply());
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  void apply();
}

/**
 * Declares that an element of `part` is on the page, so its strings load with every locale, and
 * sets up localisation if needed (the first load then includes the part). When a
 * translated locale is already active and the part is not loaded yet, loads it and returns a promise
 * that settles once its strings are in place (the element waits for it before rendering, so it never
 * flashes English); otherwise returns `undefined`. A failed part keeps English and warns once.
 */
export function requireLocalePart(part: string): Promise<void> | undefined {
  requiredParts.add(part);
  ensureLocalization();
  if (!runtime || hostManaged) return undefined;
  const active = runtimeLocale();
  if (active === sourceLocale || loadedParts.has(`${active}:${part}`)) return undefined;
  return loadPart(active, part).catch((error: unknown) => {
    warnOnce(
      `load:${active}:${part}`,
      `could not load the "${active}" translations (${String(error)}); showing English.`,
    );
  });
}

/** The active locale (one of `SUPPORTED_LOCALES`). */
export function getLocale(): string {
  if (renderLocale) return renderLocale;
  if (hostManaged) return hostLocale;
  return runtimeLocale();
}

/**
 * Loads what `renderInLocale(locale, …)` needs for an element of `part` (the shared part and
 * `part`), without changing the active locale or announcing anything. Rejects when the strings
 * cannot load, and in host mode (the host app's runtime is never touched).
 */
export async function loadLocaleForRender(locale: string, part: string): Promise<void> {
  ensureLocalization();
  const rt = runtime;
  if (!rt || hostManaged) throw new Error('the host app manages @lit/localize');
  if (locale !== sourceLocale) await Promise.all([SHARED_PART, part].map((p) => loadPart(locale, p)));
  // An English page whose runtime never switched still holds no templates: hand it the proxy.
  if (asked === undefined) pending = rt.setLocale((asked = sourceLocale)).catch(() => undefined);
  await pending;
}

/** `true` when `renderInLocale(locale, …)` renders an element of `part` fully in `locale`. */
export function canRenderInLocale(locale: string, part: string): boolean {
  if (!runtime || hostManaged || runtime.getLocale() === RUNTIME_SOURCE) return locale === getLocale();
  return (
    locale === sourceLocale || (loadedParts.has(`${locale}:${SHARED_PART}`) && loadedParts.has(`${locale}:${part}`))
  );
}

/**
 * Runs `render` (a template function calling `msg()` and the shared formatters) with `locale` as
 * the locale of its strings, dates and numbers, synchronously, then restores the active locale. The
 * page's locale, `<html lang>` and every other widget are unchanged. Check `canRenderInLocale` first.
 */
export function renderInLocale<T>(locale: string, render: () => T): T {
  const previous = renderLocale;
  if (runtime && !hostManaged) renderLocale = locale;
  try {
    return render();
  } finally {
    renderLocale = previous;
  }
}

/**
 * Overrides the page language for every kratom widget on the page. Accepts any BCP 47 tag and
 * resolves it to the best supported locale. Pass `null` to follow `<html lang>` again.
 * Resolves when the new locale is rendered-ready.
 */
export function setLocale(tag: string | null): Promise<void> {
  override = tag;
  ensureLocalization();
  return apply();
}

/** Resolves once the locale that is loading (if any) is ready. */
export function whenLocaleReady(): Promise<void> {
  return pending;
}

/** `true` when the host app owns @lit/localize and kratom-widgets follows it. */
export function isHostManaged(): boolean {
  return hostManaged;
}

type LocaleSubscriber = () => void;
const localeSubscribers = new Set<LocaleSubscriber>();
let listeningForLocale = false;

/**
 * Calls `subscriber` each time a locale is ready to render (lit-localize's `ready` status, ours or
 * the host app's). One shared `window` listener, installed on first use, serves every element, so a
 * page with 100 widgets does not add 100 listeners. Returns the unsubscribe function.
 */
export function onLocaleReady(subscriber: LocaleSubscriber): () => void {
  if (typeof window === 'undefined') return () => undefined;
  if (!listeningForLocale) {
    listeningForLocale = true;
    window.addEventListener(LOCALE_STATUS_EVENT, (event) => {
      if ((event as CustomEvent<{ status: string }>).detail?.status !== 'ready') return;
      for (const notify of [...localeSubscribers]) {
        try {
          notify();
        } catch {
          // One element failing must not keep the others in the old language.
        }
      }
    });
  }
  localeSubscribers.add(subscriber);
  return () => localeSubscribers.delete(subscriber);
}

/** Text direction of the active locale. */
export function getLocaleDirection(): 'ltr' | 'rtl' {
  return localeDirection(getLocale());
}
