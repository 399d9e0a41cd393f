/** Container healthcheck: exits 0 when the process on the given port answers /health. */
const port = process.argv[2] ?? '4000';
fetch(`http://127.0.0.1:${port}/health`).then(
  (r) => process.exit(r.ok ? 0 : 1),
  () => process.exit(1),
);
