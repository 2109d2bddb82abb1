// The opening-hours checks of opening-hours.node.test.ts, with the oracle run on the real corpus of
// opening hours (npm run test:real-data).
import { useRealData } from '@npt/testing/real-data';

useRealData();
await import('./opening-hours.node.test.js');
