// npm run import -- <file.json|file.csv|https://…> [--source name] [--prune]
// Loads places of the national standard into the configured database (DATABASE_URL, default the
// SQLite file under var/), printing accepted and rejected counts with a reason per rejected record.
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.js';
import { migrate, openDatabase } from '../db/connect.js';
import { formatReport, importPlaces, ImportSourceError } from '../services/import.js';

const USAGE =
  'Usage: npm run import -- <file.json|file.csv|https://…> [more files…] [--source name] [--prune]\n' +
  '  --source name  names the dataset (stored with each place)\n' +
  '  --prune        the dataset is complete: delete the places of --source it no longer lists';

async function run(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { source: { type: 'string' }, prune: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (parsed.values.help || parsed.positionals.length === 0) {
    console.error(USAGE);
    return parsed.values.help ? 0 : 2;
  }
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }
  const db = openDatabase(config.database);
  try {
    await migrate(db);
    let failed = false;
    for (const location of parsed.positionals) {
      try {
        console.log(
          formatReport(location, await importPlaces(db, location, { source: parsed.values.source, prune: parsed.values.prune ?? false })),
        );
      } catch (error) {
        if (!(error instanceof ImportSourceError)) throw error;
        console.error(`${location}: ${error.message}`);
        failed = true;
      }
    }
    return failed ? 1 : 0;
  } finally {
    await db.destroy();
  }
}

try {
  process.exitCode = await run();
} catch (error) {
  // A database that cannot be opened or stays locked, a failed write: one line for the operator, no stack.
  console.error(`import failed: ${String((error as Error).message ?? error).split('\n')[0]}`);
  process.exitCode = 1;
}
