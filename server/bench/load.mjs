// Load generator of bench/api.ts, in a process of its own so it does not share the server's event
// loop: `clients` concurrent loops GET the paths in turn for `seconds`, then one JSON line of
// latency percentiles (exact, from every sample) and requests per second.
const [base, seconds, clients, pathsJson] = process.argv.slice(2);
const paths = JSON.parse(pathsJson ?? '[]');
const latencies = [];
let errors = 0;
let next = 0;
const stop = performance.now() + Number(seconds) * 1000;
await Promise.all(
  Array.from({ length: Number(clients) }, async () => {
    while (performance.now() < stop) {
      const path = paths[next++ % paths.length];
      const started = performance.now();
      try {
        const res = await fetch(`${base}${path}`);
        await res.arrayBuffer();
        if (!res.ok) errors++;
      } catch {
        errors++;
      }
      latencies.push(performance.now() - started);
    }
  }),
);
latencies.sort((a, b) => a - b);
const at = (q) =>
  Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0);
const rps = Math.round(latencies.length / Number(seconds));
console.log(
  JSON.stringify({ p50: at(0.5), p95: at(0.95), p99: at(0.99), rps, requests: latencies.length, errors }),
);
