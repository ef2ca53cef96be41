"use client";
// The episode filters' form, applied as soon as a control changes once JavaScript runs; without it the
// form is a plain GET with an "Apply" button (components/episode/episode-filters.tsx draws the controls,
// globals.css hides the button on scripted pages). A filtered list is a query view that the server
// rewrites to a cached page of its own (lib/site/views.ts), which the client router does not see: applying
// goes to the view's own path (viewHref) with the client router, so the layout's player keeps playing,
// and the page puts the pretty address back (CanonicalUrl). Focus then returns to the control that
// changed, and the new count is announced.
import { useRouter } from "next/navigation";
import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type ChangeEvent,
  type FocusEvent,
  type KeyboardEvent,
  type ReactNode,
} from "react";
import { viewHref } from "@/lib/site/views";

/** Where the control that applied the filters waits for the next page to focus it again. */
const FOCUS_KEY = "episode-filters:focus";
/**
 * Arrow keys change a closed <select> option by option (Chrome on Linux and Windows): a change made by
 * keys waits this long for the next one, so arrowing through options loads one page, not one per option.
 */
const KEYBOARD_PAUSE_MS = 800;
/** A change this soon after a key press on a select was made by that key. */
const KEY_CHANGE_MS = 100;

type Options = {
  /** The list's path, without query or hash. */
  action: string;
  /** The id of the list's section: the page lands there. */
  anchor: string;
  /** Each control's default value, left out of the URL (as listHref leaves it out). */
  defaults: Record<string, string>;
};

type Props = Options & {
  /** What the count line says: announced when the page opens after an apply. */
  status: string;
  label: string;
  className: string;
  children: ReactNode;
};

/**
 * The form's state as a path: empty and default values left out, keys in the order of the controls
 * (the canonical order). hrefOf(form with "Has video" checked and length "any") -> "/shows/x?video=1"
 */
function hrefOf(form: HTMLFormElement, { action, defaults }: Options): string {
  const query = new URLSearchParams();
  for (const [key, value] of new FormData(form)) {
    if (typeof value === "string" && value !== "" && value !== defaults[key]) query.set(key, value);
  }
  const search = query.toString();
  return search ? `${action}?${search}` : action;
}

/** Opens the view of the form's state, unless it is the page already open. */
function apply(
  form: HTMLFormElement,
  control: Element | null,
  options: Options,
  navigate: (href: string) => void,
) {
  const href = hrefOf(form, options);
  if (href === window.location.pathname + window.location.search) return;
  try {
    if (control?.id) sessionStorage.setItem(FOCUS_KEY, control.id);
  } catch {
    // Storage off: the page still loads, focus starts at the top.
  }
  navigate(`${href}#${options.anchor}`);
}

/** Whether a control differs from what the server rendered: changed before this island hydrated. */
function changedSinceRender(form: HTMLFormElement): boolean {
  return [...form.elements].some((element) => {
    if (element instanceof HTMLInputElement && element.type === "checkbox") {
      return element.checked !== element.defaultChecked;
    }
    if (element instanceof HTMLSelectElement) {
      const rendered = [...element.options].find((option) => option.defaultSelected) ?? element.options[0];
      return rendered !== undefined && !rendered.selected;
    }
    return false;
  });
}

export function AutoApplyForm({ action, anchor, defaults, status, label, className, children }: Props) {
  const form = useRef<HTMLFormElement>(null);
  const pending = useRef<number | undefined>(undefined);
  const lastKey = useRef(-Infinity);
  const [announcement, setAnnouncement] = useState("");
  const router = useRouter();
  const navigate = useCallback((href: string) => router.push(viewHref(href)), [router]);

  useEffect(() => {
    const element = form.current;
    if (!element) return;
    const options = { action, anchor, defaults };
    let focusId: string | null = null;
    try {
      focusId = sessionStorage.getItem(FOCUS_KEY);
      sessionStorage.removeItem(FOCUS_KEY);
    } catch {
      // Storage off: nothing to restore.
    }
    let announce: number | undefined;
    if (focusId) {
      const control = document.getElementById(focusId);
      if (control && element.contains(control)) control.focus({ preventScroll: true });
      // After the region is in the page, so that screen readers take it as a change.
      announce = window.setTimeout(() => setAnnouncement(status), 300);
    } else if (changedSinceRender(element)) {
      apply(element, null, options, navigate);
    }
    // Back to this page from the browser's cache: the controls show what was picked before leaving,
    // not what this list is; put them back.
    const onPageShow = (event: PageTransitionEvent) => {
      if (!event.persisted) return;
      window.clearTimeout(pending.current);
      element.reset();
    };
    window.addEventListener("pageshow", onPageShow);
    return () => {
      window.clearTimeout(announce);
      window.clearTimeout(pending.current);
      window.removeEventListener("pageshow", onPageShow);
    };
  }, [action, anchor, defaults, status, navigate]);

  const applyNow = (control: Element | null) => {
    window.clearTimeout(pending.current);
    pending.current = undefined;
    if (form.current) apply(form.current, control, { action, anchor, defaults }, navigate);
  };

  const onChange = (event: ChangeEvent<HTMLFormElement>) => {
    const control = event.target as Element;
    if (control instanceof HTMLSelectElement && performance.now() - lastKey.current < KEY_CHANGE_MS) {
      window.clearTimeout(pending.current);
      pending.current = window.setTimeout(() => applyNow(control), KEYBOARD_PAUSE_MS);
      return;
    }
    applyNow(control);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (!(event.target instanceof HTMLSelectElement)) return;
    // Enter or Space picks from an open list: that change applies at once.
    if (event.key === "Enter" && pending.current !== undefined) applyNow(event.target);
    else if (!["Enter", " ", "Escape", "Tab"].includes(event.key)) lastKey.current = performance.now();
  };

  const onBlur = (event: FocusEvent<HTMLFormElement>) => {
    if (pending.current !== undefined && event.target instanceof HTMLSelectElement) applyNow(event.target);
  };

  return (
    <form
      ref={form}
      method="get"
      action={`${action}#${anchor}`}
      aria-label={label}
      // Browsers would refill the controls from their history on Back, over the state this page shows.
      autoComplete="off"
      onChange={onChange}
      onKeyDown={onKeyDown}
      onBlur={onBlur}
      className={className}
    >
      {children}
      <p role="status" className="sr-only">
        {announcement}
      </p>
    </form>
  );
}
