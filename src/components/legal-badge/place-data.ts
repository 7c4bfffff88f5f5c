/**
 * The legal data one badge shows, loaded one place at a time: the place's records first (all the
 * closed badge needs), its sources later (when the details show, else on idle after the first
 * render, so that printing, a synchronous `beforeprint`, finds them). A reactive controller, so the
 * element keeps only what to show and when.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import {
  hasLegalPlaceRecords,
  hasLegalPlaceSources,
  legalLookup,
  loadLegalPlaceRecords,
  loadLegalPlaceSources,
  type LegalLookup,
} from '../../content/legal/place-loader.js';

type Field = 'data' | 'loadFailed' | 'sourcesReady' | 'sourcesFailed';

export class LegalPlaceData implements ReactiveController {
  /** What has loaded so far, once the place's records have; else `undefined`. */
  data: LegalLookup | undefined;
  /** The place's records failed to load. */
  loadFailed = false;
  /** The sources of the place shown (and its parents) have loaded. */
  sourcesReady = false;
  /** The sources chunk failed to load (the details say so; opening them again retries). */
  sourcesFailed = false;
  /** Code whose sources are loading or scheduled to load on idle. */
  private sourcesWanted = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The code the badge shows now (normalised), or `''`. */
    private readonly code: () => string,
    private readonly warn: (key: string, message: string) => void,
  ) {
    host.addController(this);
  }

  /** A badge (re)connected to the page shows its place: load what it needs. */
  hostConnected(): void {
    this.load();
  }

  /** Sets a field and, when it changed, asks the host to render (what `@state()` did). */
  private set<K extends Field>(field: K, value: this[K]): void {
    if (this[field] === value) return;
    this[field] = value;
    this.host.requestUpdate();
  }

  /**
   * Reads the place's records if they (and its parents') already loaded, else loads only those
   * (`loadLegalPlaceRecords`): all the closed badge needs. While they load, the badge shows its
   * loading state. The sources follow (`loadSources`).
   */
  load(): void {
    const code = this.code();
    if (!code) return;
    this.set('sourcesReady', hasLegalPlaceSources(code));
    this.set('sourcesFailed', false);
    if (hasLegalPlaceRecords(code)) {
      this.set('data', legalLookup());
      this.set('loadFailed', false);
      return;
    }
    this.set('data', undefined);
    this.set('loadFailed', false);
    loadLegalPlaceRecords(code).then(
      () => {
        if (this.code() !== code) return; // a newer place is loading
        this.set('data', legalLookup());
      },
      (error: unknown) => {
        if (this.code() !== code) return;
        this.set('loadFailed', true);
        this.warn('load', `could not load legal data for ${code} (${String(error)}).`);
      },
    );
  }

  /** Opening the details after the sources failed to load tries again. */
  retrySources(): void {
    this.set('sourcesFailed', false);
  }

  /**
   * After a render: loads the sources when the details show (`now`), else schedules them on idle.
   * After a failed load it waits for the reader to open the details again (no retry loop).
   */
  afterRender(now: boolean): void {
    if (this.data && !this.sourcesReady && !this.sourcesFailed && !isServer) this.loadSources(now);
  }

  /**
   * Loads the sources of the place shown and its parents: now, or (`now` false) when the browser is
   * idle, together with every other badge's (`loadLegalPlaceSources`).
   */
  loadSources(now: boolean): void {
    const code = this.code();
    if (!code || this.sourcesReady) return;
    if (this.sourcesWanted === code && !now) return; // already loading or waiting for idle
    this.sourcesWanted = code;
    loadLegalPlaceSources(code, { whenIdle: !now }).then(
      () => {
        if (this.code() !== code) return;
        this.set('sourcesReady', true);
        this.set('sourcesFailed', false);
        this.set('data', legalLookup());
      },
      (error: unknown) => {
        if (this.sourcesWanted === code) this.sourcesWanted = '';
        if (this.code() === code) this.set('sourcesFailed', true);
        this.warn('load-sources', `could not load the legal sources for ${code} (${String(error)}).`);
      },
    );
  }
}
