import type { CommuneRef, FundingRules, ParticipationRequest } from '@npt/contract';
import type { ComboboxController, FormController, StepsController } from '@npt/ui';
import type { Locale } from '@npt/ui';
import type { ParticipationStrings } from './translations/strings.js';

/** What each step's template reads from the element. */
export interface FormView {
  readonly form: FormController<ParticipationRequest>;
  readonly steps: StepsController;
  readonly t: ParticipationStrings;
  readonly locale: Locale;
  readonly rules: FundingRules;
  readonly communeCombo: ComboboxController<CommuneRef>;
  readonly communes: readonly CommuneRef[];
  readonly fromSimulator: boolean;
  readonly privacyUrl: string;
}
