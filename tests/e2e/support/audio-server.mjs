// A stand-in for a podcast's audio host, run by playwright.config.ts next to the site: every
// GET /audio/<name>.wav is a generated hour of silence (8 kHz, 8-bit mono WAV, ~29 MB), served with
// Range support as real media hosts do, so the browser can seek without downloading it all.
// The e2e fixture feed (tests/e2e/fixtures/sources) points its enclosures here. No network involved.
import http from "node:http";

const port = Number(process.env.AUDIO_PORT ?? 3101);
const sampleRate = 8000;
const seconds = 3600;
const dataBytes = sampleRate * seconds;

function wavHeader() {
  const header = Buffer.alloc(44);
  header.write("RIFF", 0, "ascii");
  header.writeUInt32LE(36 + dataBytes, 4);
  header.write("WAVE", 8, "ascii");
  header.write("fmt ", 12, "ascii");
  header.writeUInt32LE(16, 16); // fmt chunk size
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(sampleRate, 28); // byte rate: 1 byte per sample
  header.writeUInt16LE(1, 32); // block align
  header.writeUInt16LE(8, 34); // bits per sample
  header.write("data", 36, "ascii");
  header.writeUInt32LE(dataBytes, 40);
  return header;
}

// Unsigned 8-bit PCM: 128 is silence.
const file = Buffer.concat([wavHeader(), Buffer.alloc(dataBytes, 128)]);

const server = http.createServer((request, response) => {
  const url = new URL(request.url ?? "/", `http://127.0.0.1:${port}`);
  if (url.pathname === "/health") {
    response.writeHead(200, { "content-type": "text/plain" }).end("ok");
    return;
  }
  if (request.method !== "GET" && request.method !== "HEAD") {
    response.writeHead(405).end();
    return;
  }
  if (!/^\/audio\/[\w-]+\.wav$/.test(url.pathname)) {
    response.writeHead(404).end();
    return;
  }
  const range = /^bytes=(\d*)-(\d*)$/.exec(request.headers.range ?? "");
  let start = 0;
  let end = file.length - 1;
  if (range && (range[1] || range[2])) {
    if (range[1]) {
      start = Number(range[1]);
      if (range[2]) end = Math.min(Number(range[2]), end);
    } else {
      start = Math.max(0, file.length - Number(range[2]));
    }
    if (start > end) {
      response.writeHead(416, { "content-range": `bytes */${file.length}` }).end();
      return;
    }
  }
  const headers = {
    "content-type": "audio/wav",
    "accept-ranges": "bytes",
    "content-length": String(end - start + 1),
    "cache-control": "no-store",
  };
  if (range) {
    response.writeHead(206, { ...headers, "content-range": `bytes ${start}-${end}/${file.length}` });
  } else {
    response.writeHead(200, headers);
  }
  if (request.method === "HEAD") response.end();
  else response.end(file.subarray(start, end + 1));
});

server.listen(port, "127.0.0.1", () => console.log(`audio stand-in on http://127.0.0.1:${port}`));
