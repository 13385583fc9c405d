// Mozilla Readability 0.6.0 over saved pages, for bench/peers_compare.sh.
// Usage: node readability_js.js GROUND_TRUTH.json HTML_DIR > predictions.json
// Prints {"<id>": {"articleBody": "..."}}; the CPU time spent reading, parsing (jsdom) and
// extracting all pages, in-process (interpreter start-up excluded), goes to stderr as JSON.
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const { JSDOM, VirtualConsole } = require("jsdom");
const { Readability } = require("@mozilla/readability");

const gold = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const dir = process.argv[3];
const out = {};
const cpu0 = process.cpuUsage();
let bytes = 0;
for (const id of Object.keys(gold).sort()) {
  const raw = zlib.gunzipSync(fs.readFileSync(path.join(dir, id + ".html.gz")));
  bytes += raw.length;
  let body = "";
  try {
    const dom = new JSDOM(raw.toString("utf8"), { url: gold[id].url, virtualConsole: new VirtualConsole() });
    const article = new Readability(dom.window.document).parse();
    body = article && article.textContent ? article.textContent : "";
    dom.window.close();
  } catch (e) {
    body = "";
  }
  out[id] = { articleBody: body };
}
const cpu = process.cpuUsage(cpu0);
const seconds = (cpu.user + cpu.system) / 1e6;  // CPU time: the machine may be shared
process.stdout.write(JSON.stringify(out));
process.stderr.write(JSON.stringify({ tool: "readability.js", pages: Object.keys(out).length, seconds, bytes }) + "\n");
