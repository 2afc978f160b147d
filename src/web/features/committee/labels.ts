/** Words of the committee's vocabulary as the web app shows them (Thai as the minutes write them). */
import { AGENDA_LABEL, RESOLUTION_LABEL, RETURN_LABEL, STATE_LABEL } from '../../../domain/committee';

export { AGENDA_LABEL, RESOLUTION_LABEL, RETURN_LABEL, STATE_LABEL };
