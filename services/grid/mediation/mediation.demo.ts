import type { DemoCity } from '../../demo-city';
import { Rng } from '../../../shared/demo/random';
import { DisputeClass, MediationMethod } from './case-mediation.entity';

const DAY = 86400000;
/** Binzhou's three classes, each with its own way of handling (家长里短调解队 for family matters, 议事协商 for the compound). */
const WAYS: Record<DisputeClass, [MediationMethod, string][]> = {
  FAMILY: [
    [MediationMethod.FAMILY_TALK, '家长里短调解队'],
    [MediationMethod.FAMILY_TALK, '巾帼调解室'],
    [MediationMethod.LEGAL_AID, '社区法律顾问'],
  ],
  NEIGHBOURS: [
    [MediationMethod.ON_SITE, '网格调解小组'],
    [MediationMethod.FAMILY_TALK, '家长里短调解队'],
    [MediationMethod.JOINT, '派出所联调室'],
  ],
  COMPOUND_GOVERNANCE: [
    [MediationMethod.DELIBERATION, '红色议事会'],
    [MediationMethod.DELIBERATION, '小区三方联动议事'],
    [MediationMethod.JOINT, '街道综治中心'],
  ],
};
const OUTCOMES = [
  '双方达成谅解，签订调解协议',
  '当场化解，握手言和',
  '明确责任分担，限期整改',
  '引导通过法律途径解决',
];

/** A mediation record for every dispute case the grid has taken up, from its own random stream. */
export function demoMediations(city: DemoCity) {
  const rng = new Rng(city.seed).fork('grid-mediation');
  return city.grid.cases
    .filter((c) => c.category === 'DISPUTE' && !['REPORTED', 'ACCEPTED'].includes(c.state))
    .map((c) => {
      const disputeClass = rng.weighted([
        [DisputeClass.FAMILY, 3],
        [DisputeClass.NEIGHBOURS, 4],
        [DisputeClass.COMPOUND_GOVERNANCE, 3],
      ] as const);
      const [method, mediator] = rng.pick(WAYS[disputeClass]);
      const settled = ['RESOLVED', 'CLOSED', 'RATED'].includes(c.state);
      const agreementReached = rng.chance(settled ? 0.85 : 0.4);
      return {
        caseId: c.id,
        gridCode: c.gridCode,
        disputeClass,
        method,
        mediator,
        agreementReached,
        outcome: agreementReached ? rng.pick(OUTCOMES.slice(0, 3)) : OUTCOMES[3],
        mediatedOn: new Date(c.reportedAt.getTime() + rng.int(0, 2) * DAY)
          .toISOString()
          .slice(0, 10),
        recordedBy: 'demo',
      };
    });
}
