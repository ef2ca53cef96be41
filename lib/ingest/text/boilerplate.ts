// Marketing text that podcast-summary and directory sites wrap around a show's episodes:
// sign-up pitches, FAQ answers, "Listeners also like", pricing. None of it is an episode.

const PITCH_PATTERNS = [
  /podcast summar(y|ies)/i,
  /\bsign up\b/i,
  /key takeaways/i,
  /\b\d+-minute read\b/i,
  /\bAI-powered\b/i,
  /\bour AI\b/i,
  /credit card/i,
  /free forever/i,
  /\bfree plan\b/i,
  /upgrade to (pro|premium)/i,
  /listeners also like/i,
  /\byour inbox\b/i,
  /not affiliated/i,
  /independent service that summarizes/i,
  /stay current on your favorite podcasts/i,
  /browse our (full )?catalog/i,
  /covers topics including/i,
  /get free summaries/i,
  /^subscribe( now)?[.!]?$/i,
];

/** A line of site marketing, not episode content. */
export function isBoilerplate(line: string): boolean {
  return PITCH_PATTERNS.some((pattern) => pattern.test(line));
}

/** The show's own blurb ("Welcome to the … podcast with your host …"): show description. */
export function isShowBlurb(line: string): boolean {
  return /^welcome to\b.*\b(podcast|show)\b/i.test(line) || /\bwith your host\b/i.test(line);
}

/** The show name as a summary site mentions it ("… from The Backend Engineering Show in a 5-minute read"). */
export function showNameFromPitch(line: string): string | null {
  const patterns = [
    /\bfrom (.+?) in a \d+-minute read/i,
    /summarizes new episodes of (.+?) as soon/i,
    /^(.+?) covers topics including/i,
  ];
  for (const pattern of patterns) {
    const match = pattern.exec(line);
    if (match?.[1]) return match[1].trim();
  }
  return null;
}

/** "by Hussein Nasser" / "By Hussein Nasser" -> "Hussein Nasser". */
export function authorFromByline(line: string): string | null {
  const match = /^by\s+(\S.{0,80})$/i.exec(line.trim());
  return match ? match[1]!.trim() : null;
}
