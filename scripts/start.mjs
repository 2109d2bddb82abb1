// `npm start` (after `npm run build`): one process serving the demo commune site at /, the CDN files at
// /cdn/, the API at /v1/ and its docs at /docs, on PORT (default 8080). The server is TypeScript run
// through tsx; @npt/contract resolves to its build in dist/ (made by `npm run build`).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../packages/server/src/main.ts');
await main();
