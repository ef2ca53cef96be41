"use client";
// The "/" shortcut: focuses the search box (the search page's own, else the header's) from anywhere that
// is not a text field. Where no box is showing (phones fold the header one away) it opens /search.
// Shift is allowed, since "/" needs it on some keyboard layouts; Ctrl, Alt and Meta are not.
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { isEditing } from "@/components/ui/keys";

export function SlashFocus() {
  const router = useRouter();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "/" || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey)
        return;
      if (isEditing(event.target)) return;
      event.preventDefault();
      const boxes = [
        ...document.querySelectorAll<HTMLInputElement>("input[data-search-input='page']"),
        ...document.querySelectorAll<HTMLInputElement>("input[data-search-input='header']"),
      ];
      const box = boxes.find((input) => input.getClientRects().length > 0);
      if (box) {
        box.focus();
        box.select();
      } else {
        router.push("/search");
      }
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [router]);
  return null;
}
