// The Métropole's 130 communes as bundled with the contract: a chunk loaded only when the API cannot list them.
export { mgpCommunes } from '@npt/contract';
