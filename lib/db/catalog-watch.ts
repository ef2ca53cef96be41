// How a running server notices a new catalog: an import renames a new SQLite file over the one it
// serves (lib/ingest/store/import.ts). A timer compares the file's identity every `intervalMs`; on a
// change it asks the server itself, over loopback, to switch to the new file and revalidate every
// cached page (app/api/revalidate/route.ts). Each replica watches its own file, so N servers behind a
// shared cache switch without anyone knowing where they run. Started by instrumentation.ts; no
// "server-only": instrumentation is not part of the React server bundle.
import { catalogFileIdentity, catalogVersion } from "./catalog-file";

/**
 * The secret the watcher sends and app/api/revalidate checks: made per process, kept on globalThis
 * so the instrumentation bundle and the route bundle (separate module instances) share it.
 */
export function revalidateToken(): string {
  const store = globalThis as typeof globalThis & { episodeCatalogRevalidateToken?: string };
  store.episodeCatalogRevalidateToken ??= crypto.randomUUID() + crypto.randomUUID();
  return store.episodeCatalogRevalidateToken;
}

export const REVALIDATE_HEADER = "x-catalog-revalidate";

export type CatalogWatchOptions = {
  filePath: string;
  /** The catalog the build prerendered from (its input hash), null when unknown. */
  builtFrom: string | null;
  /** Switches and revalidates; resolves once the server did. */
  revalidate: () => Promise<void>;
  intervalMs?: number;
  /**
   * A page that was rendering from the old catalog when the switch came may store itself after the
   * revalidation; a second one this long after the first throws such stragglers away.
   */
  settleMs?: number;
  log?: (line: string) => void;
};

/**
 * watchCatalog({ filePath, builtFrom, revalidate }) -> stop(). Revalidates once at start when the
 * catalog on disk is not the one the build prerendered from (an import happened since the build),
 * then after every replacement of the file.
 */
export function watchCatalog(options: CatalogWatchOptions): () => void {
  const intervalMs = options.intervalMs ?? 250;
  const settleMs = options.settleMs ?? 1000;
  const log = options.log ?? (() => {});
  let seen = catalogFileIdentity(options.filePath);
  let pending = options.builtFrom !== catalogVersion(options.filePath);
  let running = false;
  let stopped = false;
  let failures = 0;
  const timers = new Set<NodeJS.Timeout>();

  const later = (ms: number, run: () => void) => {
    if (stopped) return;
    const timer = setTimeout(() => {
      timers.delete(timer);
      run();
    }, ms);
    timer.unref();
    timers.add(timer);
  };

  const tick = async () => {
    if (stopped || running) return;
    const identity = catalogFileIdentity(options.filePath);
    if (identity !== null && identity !== seen) {
      seen = identity;
      pending = true;
    }
    if (!pending) return;
    running = true;
    try {
      await options.revalidate();
      pending = false;
      failures = 0;
      log(`catalog ${catalogVersion(options.filePath)?.slice(0, 12) ?? "?"} is served`);
      later(settleMs, () => void options.revalidate().catch(() => {}));
    } catch (error) {
      // The server may not listen yet (at start) or be busy: the next tick tries again. Said after
      // every 40 failed tries in a row (10 s), so a server that cannot reach itself is not silent.
      if (failures++ % 40 === 39) {
        log(`revalidation keeps failing: ${error instanceof Error ? error.message : String(error)}`);
      }
    } finally {
      running = false;
    }
  };

  const interval = setInterval(() => void tick(), intervalMs);
  interval.unref();
  void tick();
  return () => {
    stopped = true;
    clearInterval(interval);
    for (const timer of timers) clearTimeout(timer);
  };
}
