import { type DataSource } from 'typeorm';
import { type LoaderOptions, rowBy } from '../../../shared/loaders';
import { PropertyCompany } from './company.entity';

export function createCompanyLoaders(ds: DataSource, options: LoaderOptions) {
  const companies = ds.getRepository(PropertyCompany);
  return {
    companyById: rowBy(companies, 'id', options),
  };
}
