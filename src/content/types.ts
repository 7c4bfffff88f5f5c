/**
 * The content model of kratom-widgets.
 *
 * Every sentence a widget shows is either a `msg()` call inside a *text function* defined in a
 * content module (so it is looked up in the active locale each time it is called, never frozen in
 * a field initialiser) or a template filled from structured fields. Every claim names the
 * bibliography entries that support it; `npm run content:check` enforces that.
 */

/** A function that returns reader-facing text in the active locale (wraps a `msg()` call). */
export type Text = () => string;

/** Kinds of bibliography entry. */
export const SOURCE_KINDS = [
  'regulator',
  'peer-reviewed',
  'review',
  'case-report',
  'survey',
  /** A study posted before peer review: a study, but not checked by other experts (say so). */
  'preprint',
  'news',
  'secondary',
  'legal-primary',
  'legal-mirror',
  'advocacy',
  'vendor',
  'forum',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** One bibliography entry. Titles, authors and venues are proper nouns and are never translated. */
export interface Source {
  /** Stable id, e.g. `P11`, `R3` (evidence) or `legal-us-al-1` (legal). */
  readonly id: string;
  /** Authors or organisation, as cited. Empty string when the source did not show them. */
  readonly authors: string;
  readonly title: string;
  /** Journal, site or publisher. */
  readonly venue: string;
  /** Year of publication (or of the page); `null` only when the research could not see one. */
  readonly year: number | null;
  /** ISO date (YYYY-MM-DD) the research read the source; required when `year` is `null`. */
  readonly accessed?: string;
  readonly url: string;
  readonly kind: SourceKind;
  /** Set when only a secondary copy (mirror, news summary, abstract) was read. English, for editors. */
  readonly secondaryNote?: string;
  /** DOI or PMID when known. */
  readonly doi?: string;
  /**
   * `true` when the entry has authors but no copy the research could read showed them (e.g. a
   * PubMed mirror without the author line). Allowed only with a DOI or PMID, so the entry stays
   * unambiguous; it is then cited by a short form of its title ("“Legally lethal kratom” 2019"), as
   * APA does for works without a named author, and `content:check` lists it as authors to add.
   */
  readonly authorsNotSeen?: true;
  /**
   * Legal sources only: set when the research cites this URL as seen in another document and did not
   * open it (English, for editors: who cited it). Such a source counts one tier lower (see
   * `legalSourceTier`), and an entry that rests only on such sources says so to readers.
   */
  readonly seenVia?: string;
}

/**
 * The label of a short citation without its year: the name and the letter of "Tanna 2023b",
 * lettered over the whole bibliography (`bibliographyCitationParts`), so one source keeps one label.
 */
export interface CitationLabel {
  /** First author's surname or the organisation's short name (`citationName`). */
  readonly name: string;
  /** The letter that tells this entry apart from another with the same name and year; absent when none. */
  readonly suffix?: string;
}

/**
 * A source's short citation parts, what a widget shows of it before (or instead of) its full entry:
 * the generated tables in ./widget-sources/ (e.g. the checklist's) hold them for the sources that
 * widget's content cites.
 */
export interface SourceCitation extends CitationLabel {
  /** Publication year, or `null` for an undated page. */
  readonly year: number | null;
}

/**
 * What a widget shows of a bibliography entry (a list item, a short link): the generated per-widget
 * tables in ./widget-sources/ hold only these fields of the sources that widget's content cites.
 */
export interface ShownSource extends Pick<Source, 'id' | 'authors' | 'title' | 'venue' | 'year' | 'url'> {
  /** `true` when only a secondary copy was read (the entry has a `secondaryNote`, kept for editors). */
  readonly secondary?: true;
}

/**
 * The fixed set of evidence levels shown to readers, in the order legends list them.
 *
 * `regulator` comes first because it is a different KIND of source, not a rung of the study ladder:
 * a health authority's statement or count (FDA, CDC, WHO …) is not a study, and it is never ranked
 * or drawn as stronger than a controlled trial. The study types follow, weakest to strongest for
 * "does it help": lab cells, animals, case reports, surveys, controlled trials (the strongest kind
 * of study here). A `regulator` claim whose sources are all news or secondary copies is shown as
 * "reported in the news" (`restsOnNewsReports` in evidence-levels.ts).
 */
export const EVIDENCE_LEVELS = [
  'regulator',
  'in-vitro',
  'animal',
  'human-case-reports',
  'human-observational',
  'human-controlled',
] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

/** A statement shown to readers, with its evidence level and sources. */
export interface Claim {
  /** Stable id; also the `msg()` id of `text`. */
  readonly id: string;
  readonly text: Text;
  readonly level: EvidenceLevel;
  /** Bibliography ids (≥ 1). */
  readonly sources: readonly string[];
  /** Optional caveat shown with the claim (e.g. "in mice", "abstract only"). */
  readonly caveat?: Text;
  /**
   * Set on a sentence about a regulator's pending action (a notice of intent, a proposed order, an
   * unsigned bill). Such a sentence must carry `nextReview` no later than 90 days after its area's
   * last review (`content:check` enforces it).
   */
  readonly pendingRegulatory?: boolean;
  /** ISO date (YYYY-MM-DD) by which this one claim must be re-checked, when sooner than its area's. */
  readonly nextReview?: string;
}

/** Receptors and targets the explainer names. */
export const RECEPTORS = [
  'mu-opioid',
  'delta-opioid',
  'kappa-opioid',
  'adrenergic-alpha2',
  'adrenergic',
  'serotonin-5ht1a',
  'serotonin-5ht2b',
  'cyp2d6',
  'cyp3a4',
] as const;
export type ReceptorId = (typeof RECEPTORS)[number];

/**
 * What an alkaloid does at a receptor. `conflicting` = studies disagree (e.g. one assay found partial
 * activation, another found blocking); `unclear` = too little data to say (e.g. only a conference
 * abstract); the chip's text and caveat say why. `no-data` = none found.
 */
export const RECEPTOR_ACTIONS = [
  'partial-agonist',
  'agonist',
  'antagonist',
  'binds',
  'inhibitor',
  'conflicting',
  'unclear',
  'no-data',
] as const;
export type ReceptorAction = (typeof RECEPTOR_ACTIONS)[number];

export interface ReceptorEffect {
  readonly receptor: ReceptorId;
  readonly action: ReceptorAction;
  /** The claim behind the effect (its level and sources are what the chip shows). */
  readonly claim: Claim;
}

/** A share of total leaf alkaloids, as a range, never one falsely precise number. */
export interface LeafShare {
  /** Lower bound in percent of total alkaloids (`null` = not known). */
  readonly min: number | null;
  /** Upper bound in percent of total alkaloids (`null` = not known). */
  readonly max: number | null;
  /** `trace` = below about 2 %; `not-in-leaf` = not a natural leaf constituent; `unknown` = no reliable figure. */
  readonly kind: 'range' | 'trace' | 'not-in-leaf' | 'unknown';
  /** What the range is based on (localised). */
  readonly basis: Text;
  readonly sources: readonly string[];
  /** `false` when the figure rests on vendor/secondary pages only (shown as a caveat). */
  readonly verified: boolean;
}

export interface Alkaloid {
  /** Stable id, e.g. `mitragynine`, `7-hydroxymitragynine`. */
  readonly id: string;
  /** Other ids accepted by the `alkaloid` attribute (lower case), e.g. `7-oh`. */
  readonly aliases: readonly string[];
  /** International name (not translated). */
  readonly name: string;
  /** Hill formula, e.g. `C23H30N2O4`. */
  readonly formula: string;
  /** Average molar mass in g/mol. */
  readonly molarMass: number;
  /** Sources for the formula and molar mass. */
  readonly identitySources: readonly string[];
  /** PubChem CID, or `null` when not confirmed. */
  readonly pubchemCid: number | null;
  /** `false` when formula/CID are not confirmed in a primary database (shown as a caveat). */
  readonly identityVerified: boolean;
  /** One plain sentence on its role. */
  readonly role: Claim;
  readonly share: LeafShare;
  readonly receptors: readonly ReceptorEffect[];
  /** The key caveat for readers. */
  readonly caveat: Claim;
}

export const PATHWAYS = ['opioid', 'inflammation'] as const;
export type PathwayId = (typeof PATHWAYS)[number];

/**
 * How far the evidence for a step reaches, shown as a marker on the diagram. `product-tests` =
 * chemical analysis of leaves and products in a lab (what is in them, not what they do);
 * `lab-and-rodents` = lab tests (cells, or human enzymes in a dish) plus rats or mice, none in people.
 */
export type EvidenceScope =
  'cells-only' | 'rodents-only' | 'lab-and-rodents' | 'people' | 'no-human-evidence' | 'product-tests';

export interface PathwayStep {
  readonly id: string;
  readonly pathway: PathwayId;
  /** `main` steps form the chain; `branch` steps hang off `from`. */
  readonly kind: 'main' | 'branch';
  /** For branch steps: the id of the main step they branch from. */
  readonly from?: string;
  /** Short node label (≤ 28 characters in English; it sits in an SVG box). */
  readonly label: Text;
  /** Label of the arrow into this step (e.g. "Enzyme CYP3A4"), if any. */
  readonly edgeLabel?: Text;
  /** Caption sentence with level and sources. */
  readonly claim: Claim;
  readonly scope: EvidenceScope;
}

export const SEVERITIES = ['urgent', 'prompt', 'before-use', 'caution'] as const;
/** `urgent` > `prompt` (see a clinician promptly) > `before-use` (talk to a clinician first) > `caution`. */
export type Severity = (typeof SEVERITIES)[number];

export const RISK_GROUPS = ['substances', 'conditions', 'life-stage', 'use', 'product'] as const;
export type RiskGroup = (typeof RISK_GROUPS)[number];

export interface Risk {
  readonly id: string;
  readonly group: RiskGroup;
  readonly severity: Severity;
  /** First-person statement the reader ticks ("I take …"). */
  readonly question: Text;
  /** Why it matters, with level and sources. */
  readonly why: Claim;
  /** What to do. */
  readonly action: Text;
  /**
   * Set when the item is about combining kratom with a drug class that slows breathing or the brain
   * (`opioid`, `sedating`, `alcohol`). Such an item must have severity `prompt` or higher and an
   * action that starts with "Do not combine" or "Do not mix" (`content:check` enforces it).
   */
  readonly combines?: 'opioid' | 'sedating' | 'alcohol';
}

export interface UrgentSign {
  readonly id: string;
  readonly text: Text;
  /** `emergency` = call the emergency number now; `same-day` = urgent same-day care. */
  readonly urgency: 'emergency' | 'same-day';
  readonly sources: readonly string[];
}

/** A popular claim and its evidence-based correction. */
export interface CorrectedClaim {
  readonly id: string;
  /** The popular claim, quoted as a claim (localised). */
  readonly popular: Text;
  /** The correction, with level and sources. */
  readonly correction: Claim;
  /** Extra supporting points. */
  readonly points: readonly Claim[];
}

export const CONTENT_AREAS = ['alkaloids', 'mechanism', 'risks', 'legal'] as const;
export type ContentArea = (typeof CONTENT_AREAS)[number];

export interface Review {
  readonly area: ContentArea;
  /** ISO date YYYY-MM-DD. */
  readonly lastReviewed: string;
  /** ISO date YYYY-MM-DD. */
  readonly nextReview: string;
  /** Semantic version of the content (not the package). */
  readonly contentVersion: string;
}

export const LEGAL_STATUSES = ['legal', 'regulated', 'restricted', 'banned', 'unclear'] as const;
export type LegalStatus = (typeof LEGAL_STATUSES)[number];

export const PRODUCTS = ['leaf', '7-oh'] as const;
/** `leaf` = leaf and ordinary leaf products; `7-oh` = concentrated 7-hydroxymitragynine products. */
export type Product = (typeof PRODUCTS)[number];

/** Structured rule kinds, rendered through localised templates ("what is covered"). */
export const LEGAL_RULES = [
  'controlled-substance',
  'sale-prohibited',
  'food-supplement-ban',
  'import-restricted',
  'age-limit',
  'labelling',
  'lab-testing',
  'registration',
  'potency-cap-7oh',
  'synthetic-ban',
  'medicine-only',
  'pending-change',
  'no-specific-law',
] as const;
export type LegalRule = (typeof LEGAL_RULES)[number];

/** A date as precise as the source gave it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export type PartialDate = string;

export interface ProductRule {
  readonly status: LegalStatus;
  readonly rules: readonly LegalRule[];
}

/**
 * Tiers of legal sources, best first: a primary legal text or government page; an official-text
 * mirror; news; secondary (encyclopaedias, law-firm or aggregator pages, academic write-ups);
 * interested parties (advocacy, vendor, forum). A source the research only saw cited (`seenVia`)
 * counts one tier lower. A place whose best source is `interested` shows at most low confidence.
 */
export const LEGAL_SOURCE_TIERS = ['primary', 'official-mirror', 'news', 'secondary', 'interested'] as const;
export type LegalSourceTier = (typeof LEGAL_SOURCE_TIERS)[number];

/** One dated change of a place's status ("1 Jul 2026: banned"), oldest first in `history`. */
export interface LegalChange {
  /** When the new status took effect (or was recorded, for the oldest entry). */
  readonly date: PartialDate;
  /** `true` when the research marks the date as approximate or unverified. */
  readonly dateApproximate?: boolean;
  readonly status: LegalStatus;
  /** Which products the change concerns (default `leaf`). */
  readonly product?: Product;
}

/** Kinds of city or county rule, rendered through localised templates. */
export const LOCAL_RULE_KINDS = ['ban', 'restriction', 'age-limit', 'proposed'] as const;
export type LocalRuleKind = (typeof LOCAL_RULE_KINDS)[number];

/** A city or county rule the research names (its name is a proper noun and is not translated). */
export interface LocalRule {
  readonly name: string;
  readonly kind: LocalRuleKind;
  /** When it took effect or was reported, if known. */
  readonly date?: PartialDate;
  /** Legal source ids (resolve in the place's sources), ≥ 1. */
  readonly sources: readonly string[];
}

export interface Jurisdiction {
  /** ISO 3166-1 alpha-2 (`TH`), ISO 3166-2 (`US-AL`), or `EU` (exceptionally reserved). */
  readonly code: string;
  readonly level: 'federal' | 'state' | 'district' | 'national' | 'special-administrative-region' | 'supranational';
  /** Status for leaf products (the default `product`). */
  readonly status: LegalStatus;
  /** What the law covers for leaf products. */
  readonly rules: readonly LegalRule[];
  /**
   * What the place's own law says about concentrated 7-OH products, when the research says it
   * (explicit entry). Never copied from the leaf status: without it, `sevenOhRule()` derives 7-OH from
   * the federal layer and the state's extract/synthetic rules (US states) or reports "not verified".
   */
  readonly products?: Partial<Record<Product, ProductRule>>;
  /** Minimum purchase age set by law, or `null`. */
  readonly minimumAge: number | null;
  /** `true` when the research marks the minimum age as unverified ("may be 21", "verify"). */
  readonly minimumAgeUnverified?: boolean;
  /** End date of a temporary or emergency order behind the current status, or absent. */
  readonly endDate?: PartialDate;
  /** `true` when the current status rests on a temporary or emergency order. */
  readonly temporary?: boolean;
  /** Dated status changes, oldest first (from the research's `previous` and dates). */
  readonly history?: readonly LegalChange[];
  /** City or county rules the research names (the list behind `localRules`). */
  readonly localities?: readonly LocalRule[];
  /** Date the main instrument took effect, or `null` when none / not verified. */
  readonly effective: PartialDate | null;
  /** `true` when the research marked the effective date as approximate or unverified. */
  readonly effectiveApproximate: boolean;
  /** Name of the law or instrument (proper noun, not translated), or `null`. */
  readonly instrument: string | null;
  /** Date of the newest evidence supporting the entry. */
  readonly asOf: PartialDate;
  /** Date the research was checked (YYYY-MM-DD). */
  readonly checked: string;
  /** Date by which the entry must be reviewed again (YYYY-MM-DD). */
  readonly nextReview: string;
  readonly confidence: 'high' | 'medium' | 'low';
  /** Legal source ids (resolve in the legal bibliography). */
  readonly sources: readonly string[];
  /** City/county rules exist that may be stricter. */
  readonly localRules: boolean;
  /**
   * Editors' notes in English (from the research); not shown to readers. Only in the sources
   * (Storybook, tests): shipped builds (CDN, npm) remove them to keep the legal data chunk small.
   */
  readonly editorNote?: string;
}

/**
 * A jurisdiction the research lists but for which it found no source at all (absence of evidence).
 * These are kept out of `Jurisdiction` data on purpose: the badge shows them as "not verified",
 * never as legal, and says why.
 */
export interface UnsourcedJurisdiction {
  readonly code: string;
  readonly level: Jurisdiction['level'];
  /** What the research guessed (English, for editors only; never rendered as a status). */
  readonly researchGuess: LegalStatus;
  readonly checked: string;
  readonly nextReview: string;
  /** Editors' notes in English; only in the sources, removed from shipped builds (see `Jurisdiction`). */
  readonly editorNote?: string;
}

/**
 * One place's legal data file (`src/content/legal/places/<code>.ts`, written by `npm run legal:update`):
 * exactly one of `jurisdiction` (sourced) or `unsourced`, and every source the place cites (a URL cited by
 * several places is repeated in each place's file).
 */
export interface LegalPlace {
  readonly jurisdiction?: Jurisdiction;
  readonly unsourced?: UnsourcedJurisdiction;
  readonly sources: Readonly<Record<string, Source>>;
}
