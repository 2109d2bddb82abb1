// The search checks of places-search.node.test.ts, on the real exports (npm run test:real-data).
import { useRealData } from '@npt/testing/real-data';

useRealData();
await import('./places-search.node.test.js');
