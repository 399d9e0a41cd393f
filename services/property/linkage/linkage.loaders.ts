import { type DataSource } from 'typeorm';
import { type LoaderOptions, rowBy, rowsBy } from '../../../shared/loaders';
import { LinkageDecision, LinkageMeeting } from './linkage.entity';

export function createLinkageLoaders(ds: DataSource, options: LoaderOptions) {
  const meetings = ds.getRepository(LinkageMeeting);
  const decisions = ds.getRepository(LinkageDecision);
  return {
    meetingById: rowBy(meetings, 'id', options),
    meetingsByCompoundId: rowsBy(meetings, 'compoundId', options, { heldOn: 'DESC', id: 'DESC' }),
    decisionsByMeetingId: rowsBy(decisions, 'meetingId', options, { id: 'ASC' }),
  };
}
