import { In, type DataSource } from 'typeorm';
import { groupedLoader, keyedLoader, type LoaderOptions } from '../../../shared/loaders';
import { LinkageDecision, LinkageMeeting } from './linkage.entity';

export function createLinkageLoaders(ds: DataSource, options: LoaderOptions) {
  const meetings = ds.getRepository(LinkageMeeting);
  const decisions = ds.getRepository(LinkageDecision);
  return {
    meetingById: keyedLoader<number, LinkageMeeting>(
      (ids) => meetings.findBy({ id: In([...ids]) }),
      (m) => m.id,
      options,
    ),
    meetingsByCompoundId: groupedLoader<number, LinkageMeeting>(
      (ids) =>
        meetings.find({
          where: { compoundId: In([...ids]) },
          order: { heldOn: 'DESC', id: 'DESC' },
        }),
      (m) => m.compoundId,
      options,
    ),
    decisionsByMeetingId: groupedLoader<number, LinkageDecision>(
      (ids) => decisions.find({ where: { meetingId: In([...ids]) }, order: { id: 'ASC' } }),
      (d) => d.meetingId,
      options,
    ),
  };
}
