// Runs the built `ntm` in this process and prints the CPU time it used (process.cpuUsage: user +
// system, all threads of the process) on standard error as `cpu-ms <n>`: on a shared, loaded
// machine the wall time says little, the CPU time much more. Used by evaluate-10k.mjs.
const binary = new URL('../dist/ntm.js', import.meta.url);
process.argv = [process.argv[0], binary.pathname, ...process.argv.slice(2)];
const start = process.cpuUsage();
process.on('exit', () => {
  const used = process.cpuUsage(start);
  process.stderr.write(`cpu-ms ${Math.round((used.user + used.system) / 1000)}\n`);
});
await import(binary.href);
