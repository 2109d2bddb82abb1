// The map's geometry checks of map-geo.node.test.ts on the real Île-de-France export (npm run test:real-data).
import { useRealData } from '@npt/testing/real-data';

useRealData();
await import('./map-geo.node.test.js');
