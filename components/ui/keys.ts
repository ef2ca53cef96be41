// Where a key press is typing or a control's own key, not a player shortcut. No React, no player.

/** Focus is in a text field or editor: letters and brackets are typing. */
export function isEditing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest("input, textarea, select, [contenteditable]") !== null;
}

/** Space activates a focused control (button, link, summary, slider); only elsewhere is it play/pause. */
export function spaceBelongsToTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    isEditing(target) ||
    target.closest(
      "button, a[href], summary, [role='button'], [role='slider'], [role='checkbox'], iframe, dialog",
    ) !== null
  );
}

/** A press with Ctrl, Cmd or Alt belongs to the browser. */
export function isModified(event: KeyboardEvent): boolean {
  return event.ctrlKey || event.metaKey || event.altKey;
}
