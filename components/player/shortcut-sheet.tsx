"use client";
// The `?` sheet: the player's keyboard shortcuts in a modal <dialog> (the browser gives it focus
// trapping, Escape and the backdrop). Opened by `?` anywhere, or by a "Keyboard shortcuts" button.
// Nothing is rendered until the first request: every page mounts the sheet, few open it, and it needs
// JavaScript to open anyway, so its markup stays out of each page's HTML.
import { useEffect, useRef, useState } from "react";

const sheetId = "keyboard-shortcuts";
const openEvent = "player:shortcuts";

/** Opens the sheet from any button on the page. */
export function openShortcutSheet(): void {
  window.dispatchEvent(new Event(openEvent));
}

const shortcuts: [keys: string[], what: string][] = [
  [["k"], "Play or pause"],
  [["Space"], "Play or pause (when no button or link has focus)"],
  [["]"], "Next chapter"],
  [["["], "Previous chapter"],
  [["/"], "Search"],
  [["?"], "Show these shortcuts"],
];

export function ShortcutSheet() {
  const dialogRef = useRef<HTMLDialogElement>(null);
  /** Bumped by each request to open; 0 until the first one. */
  const [requests, setRequests] = useState(0);
  useEffect(() => {
    const request = () => setRequests((count) => count + 1);
    window.addEventListener(openEvent, request);
    return () => window.removeEventListener(openEvent, request);
  }, []);
  useEffect(() => {
    const dialog = dialogRef.current;
    if (requests > 0 && dialog && !dialog.open) dialog.showModal();
  }, [requests]);

  if (requests === 0) return null;
  return (
    <dialog
      ref={dialogRef}
      id={sheetId}
      aria-labelledby={`${sheetId}-title`}
      className="m-auto w-[min(26rem,calc(100vw-2rem))] rounded-2xl border border-border bg-surface p-0 text-foreground shadow-2xl backdrop:bg-black/50"
    >
      <div className="flex items-center justify-between border-b border-border px-5 py-3">
        <h2 id={`${sheetId}-title`} className="font-semibold tracking-tight">
          Keyboard shortcuts
        </h2>
        <form method="dialog">
          <button
            type="submit"
            className="rounded-md px-2 py-1 text-sm text-muted hover:bg-surface-2 hover:text-foreground"
          >
            Close
          </button>
        </form>
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2.5 px-5 py-4 text-sm">
        {shortcuts.map(([keys, what]) => (
          <div key={what} className="contents">
            <dt className="text-right">
              {keys.map((key) => (
                <kbd key={key} className="key-cap">
                  {key}
                </kbd>
              ))}
            </dt>
            <dd className="text-muted">{what}</dd>
          </div>
        ))}
      </dl>
      <p className="border-t border-border px-5 py-3 text-xs text-muted">
        The player keeps playing while you browse; the bar at the bottom of the screen controls it.
      </p>
    </dialog>
  );
}
