/**
 * The demo city's residents: each person is created once, with one name and one phone, and every
 * domain's record of them (party member, volunteer, owners'-committee member, grid worker, branch
 * secretary) copies both from here. Phones are unique, so a phone identifies a person.
 */
import type { Rng } from './random';
import { personName, phoneNumber } from './names';

export interface Person {
  id: number;
  name: string;
  phone: string;
}

export class PersonRegistry {
  readonly persons: Person[] = [];
  private readonly phones = new Set<string>();

  constructor(private readonly rng: Rng) {}

  /** A new person, never seen before in the city. */
  create(): Person {
    let phone = phoneNumber(this.rng);
    while (this.phones.has(phone)) phone = phoneNumber(this.rng);
    this.phones.add(phone);
    const p = { id: this.persons.length + 1, name: personName(this.rng), phone };
    this.persons.push(p);
    return p;
  }

  byId(id: number): Person {
    const p = this.persons[id - 1];
    if (!p) throw new RangeError(`no person ${id}`);
    return p;
  }
}
