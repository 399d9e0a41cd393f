import { type DataSource } from 'typeorm';
import { keyedLoader, type LoaderOptions, rowBy } from '../../../shared/loaders';
import { FeeDisclosure } from './fee-disclosure.entity';

export function createDisclosureLoaders(ds: DataSource, options: LoaderOptions) {
  const disclosures = ds.getRepository(FeeDisclosure);
  return {
    disclosureById: rowBy(disclosures, 'id', options),
    correctionByCorrectsId: rowBy(disclosures, 'correctsId', options),
    // The latest revision of the latest month per compound, in one statement.
    latestDisclosureByCompoundId: keyedLoader<number, FeeDisclosure>(
      (ids) =>
        disclosures
          .createQueryBuilder('d')
          .where('d.compound_id IN (:...ids)', { ids: [...ids] })
          .andWhere(
            'NOT EXISTS (SELECT 1 FROM fee_disclosures n WHERE n.compound_id = d.compound_id AND (n.month > d.month OR (n.month = d.month AND n.revision > d.revision)))',
          )
          .getMany(),
      (d) => d.compoundId,
      options,
    ),
  };
}
