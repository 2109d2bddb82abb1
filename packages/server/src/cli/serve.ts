// The server alone, from source (node --conditions=npt-source --import tsx …/cli/serve.ts): what the
// benchmark runs in its own process. `npm start` runs scripts/start.mjs, which builds first.
import { main } from '../main.js';

await main();
