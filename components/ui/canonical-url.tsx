"use client";
// On a query view reached by the client router (ViewLink, the filters), the address bar shows the
// view's own path (/shows/x/_view/video%3D1): this puts the pretty, shareable address back
// (/shows/x?video=1), keeping the hash. Next's router follows history.replaceState.
import { useEffect } from "react";

export function CanonicalUrl({ href }: { href: string }) {
  useEffect(() => {
    const { pathname, search, hash } = window.location;
    if (!pathname.includes("/_view/") || pathname + search === href) return;
    window.history.replaceState(window.history.state, "", href + hash);
  }, [href]);
  return null;
}
