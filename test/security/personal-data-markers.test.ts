import 'reflect-metadata';
import { getMetadataStorage } from 'type-graphql';
import { SUBGRAPHS } from '../../services/registry';
import { PERSONAL_FIELDS } from '../../shared/personal-data';
import { isPersonRecord } from '../../shared/auth/policy';

/**
 * Finding 3 of issue 22: a field that holds a person's name, phone, ID number or address must carry
 * @PersonalData, or it is shown in clear to every role. This test finds such fields by their name and
 * description, so a new one cannot be added unmarked.
 */
const NAME_SAYS =
  /phone|mobile|idNumber|idCard|address|secretary|verifiedBy|verifier|reporter|contact|inspector|resident(Name)?$|leaderName/i;
const DESCRIPTION_SAYS =
  /personal data|身份证|电话|手机|住址|姓名|联系人|name of the|(person|resident|reporter|inspector|verifier|member)'s name|phone/i;
const PERSON_FIELD = /^(name|fullName|address|homeAddress)$/;

function unmarkedPersonalFields(): string[] {
  void SUBGRAPHS; // loading the registry loads every subgraph's types
  const found: string[] = [];
  const outputs = new Set(getMetadataStorage().objectTypes.map((t) => t.target));
  for (const f of getMetadataStorage().fields) {
    if (!outputs.has(f.target)) continue; // inputs are the caller's own words, masked where they are read back
    const type = f.target;
    let returns: unknown;
    try {
      returns = f.getType();
    } catch {
      continue;
    }
    if (returns !== String) continue;
    const personal =
      NAME_SAYS.test(f.name) ||
      DESCRIPTION_SAYS.test(f.description ?? '') ||
      (isPersonRecord(type) && PERSON_FIELD.test(f.name));
    if (personal && !PERSONAL_FIELDS.get(type)?.has(f.name))
      found.push(`${type.name}.${f.name} (${f.description ?? 'no description'})`);
  }
  return found.sort();
}

describe('personal data is marked wherever it is', () => {
  test("every string field whose name or description says it holds a person's data carries @PersonalData", () => {
    expect(unmarkedPersonalFields()).toEqual([]);
  });

  test("Participation.verifiedBy, the verifier's name, is marked personal", () => {
    const participation = getMetadataStorage().objectTypes.find(
      (t) => t.name === 'Participation',
    )!.target;
    expect(PERSONAL_FIELDS.get(participation)?.get('verifiedBy')).toBe('name');
  });
});
