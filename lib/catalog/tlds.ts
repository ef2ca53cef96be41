// Top-level domains the URL splitter recognises. Used to find where a glued URL's host ends
// ("https://oscourse.winktls" -> host "oscourse.win") and to spot bare domains in prose.
// Not the full IANA list: the common generic ones and the country codes seen in tech writing.

/** TLDs accepted both after a scheme and in bare domains ("husseinnasser.com/courses"). */
// prettier-ignore
export const COMMON_TLDS = new Set([
  "com", "org", "net", "io", "dev", "win", "app", "co", "me", "ai", "tech", "blog", "fm", "to", "se", "gg",
  "ly", "xyz", "info", "edu", "gov", "uk", "de", "fr", "pl", "ca", "us", "in", "au", "jp", "cn", "ru",
  "nl", "be", "ch", "it", "es", "eu", "tv", "news", "page", "site", "cloud", "link", "sh", "so", "im",
  "is", "at", "dk", "fi", "no", "nz", "br", "kr", "tw", "hk", "sg", "ie", "pt", "cz", "gr", "hu", "ro",
  "il", "za", "mx", "ar", "cl", "ua", "by", "ir", "tr", "vn", "id", "my", "ph", "th", "pk", "bd", "lk",
  "np", "ae", "sa", "eg", "ng", "ke", "gl", "fyi", "wiki", "zone", "works", "world", "systems", "software",
  "engineering", "codes", "academy", "school", "online", "store", "shop", "live", "media", "studio",
  "digital", "network", "email", "org.uk", "mobi", "pro", "biz", "name", "travel", "social", "chat", "run",
  "rocks", "ninja", "guru", "one", "top", "club", "space", "website", "host", "red", "cc", "md", "rs",
  "py", "ws", "la", "ms", "nu", "sx", "tk", "ml", "ga", "cf", "am", "ax", "lu", "lt", "lv", "ee", "si",
  "sk", "hr", "ba", "bg", "mk", "al", "me", "kz", "uz", "ge",
]);

/**
 * TLDs that are also common file extensions or abbreviations ("main.py", "README.md", "a.so"):
 * a bare word ending in one of these is only a domain when it starts with "www." or has a path.
 */
// prettier-ignore
export const AMBIGUOUS_BARE_TLDS = new Set([
  "cc", "md", "rs", "py", "sh", "so", "is", "it", "in", "at", "no", "me", "to", "ws", "la", "ms", "id",
  "my", "am", "ax", "by", "ml", "ga", "cf", "tk", "ge", "al", "co", "us", "be", "do", "go", "ts", "js",
  "one", "run", "name", "zone", "top",
]);
