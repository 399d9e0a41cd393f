import { In, type DataSource } from 'typeorm';
import { keyedLoader, type LoaderOptions } from '../../../shared/loaders';
import { PropertyCompany } from './company.entity';

export function createCompanyLoaders(ds: DataSource, options: LoaderOptions) {
  const companies = ds.getRepository(PropertyCompany);
  return {
    companyById: keyedLoader<number, PropertyCompany>(
      (ids) => companies.findBy({ id: In([...ids]) }),
      (c) => c.id,
      options,
    ),
  };
}
