// The official DuckDB Node API reading the benchmark query, for comparison with the .NET provider.
//
//   node read.mjs <rows|columns> <warm-up runs> <runs> <benchmark name> <sql> <warm-up sql>
//
// Streams the result (connection.stream + fetchChunk) and turns every value into a JS value:
//   rows     chunk.getRows(): one array per row (the API's row-oriented reading);
//   columns  chunk.getColumns(): one array per column (its column-oriented reading).
// Sums column 0 (BIGINT, a JS bigint), column 1 (DOUBLE) and the lengths of column 2 (VARCHAR).
// The warm-up query runs <warm-up runs> times unmeasured first. Each run opens a fresh in-memory
// database; the time covers the query and the reading only: wall time, and the process's CPU time
// (all threads, user + system). One line per measured run:
//   RUN <benchmark> node-<mode> <run> <seconds> <cpu seconds> <fingerprint>
import { DuckDBInstance, version } from '@duckdb/node-api';

const [mode, warmupText, runsText, name, sql, warmupSql] = process.argv.slice(2);
if (!['rows', 'columns'].includes(mode) || warmupSql === undefined) {
  console.error('usage: node read.mjs <rows|columns> <warm-up runs> <runs> <benchmark name> <sql> <warm-up sql>');
  process.exit(2);
}

function consumeRows(chunk, sums) {
  for (const row of chunk.getRows()) {
    if (row[0] !== null) sums.ints += row[0];
    if (row[1] !== null) sums.doubles += row[1];
    if (row[2] !== null) sums.chars += row[2].length;
  }
}

function consumeColumns(chunk, sums) {
  const [ints, doubles, texts] = chunk.getColumns();
  for (let i = 0; i < ints.length; i++) {
    if (ints[i] !== null) sums.ints += ints[i];
    if (doubles[i] !== null) sums.doubles += doubles[i];
    if (texts[i] !== null) sums.chars += texts[i].length;
  }
}

async function readOnce(sql) {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const consume = mode === 'rows' ? consumeRows : consumeColumns;
  const sums = { rows: 0, ints: 0n, doubles: 0, chars: 0 };

  const start = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  const result = await connection.stream(sql);
  for (;;) {
    const chunk = await result.fetchChunk();
    if (chunk === null || chunk.rowCount === 0) break;
    consume(chunk, sums);
    sums.rows += chunk.rowCount;
  }
  const cpu = process.cpuUsage(cpuStart);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;

  connection.closeSync();
  instance.closeSync();
  return { seconds, cpuSeconds, sums };
}

console.log(`LIBRARY ${version()}`);
const warmups = Number(warmupText);
const runs = Number(runsText);
for (let run = 0; run < warmups; run++) await readOnce(warmupSql);
for (let run = 0; run < runs; run++) {
  const { seconds, cpuSeconds, sums } = await readOnce(sql);
  const print = `rows=${sums.rows};ints=${sums.ints};doubles=${sums.doubles.toFixed(1)};chars=${sums.chars}`;
  console.log(`RUN ${name} node-${mode} ${run + 1} ${seconds.toFixed(6)} ${cpuSeconds.toFixed(6)} ${print}`);
}
