import { parseArgs } from 'node:util';
import { loadEnv } from '../shared/env';
import { REGION_LENGTHS, mintToken } from '../shared/auth/tokens';
import { ROLES, type Role } from '../shared/viewer';
import { demoSecrets } from './demo-auth';

const USAGE = `usage: npm run token -- --role <${ROLES.filter((r) => r !== 'SERVICE').join('|')}> --region <code prefix> [--dept CG] [--sub name] [--ttl 8h]
Signs with JWT_SECRET, or with the demo secret that npm start keeps in SQLITE_DIR.`;

/** Mints an HS256 bearer token for a role and a region-code prefix. */
async function main() {
  const { values } = parseArgs({
    options: {
      role: { type: 'string' },
      region: { type: 'string', default: '' },
      dept: { type: 'string' },
      sub: { type: 'string' },
      ttl: { type: 'string', default: '8h' },
    },
  });
  const role = values.role as Role;
  if (!ROLES.includes(role) || role === 'SERVICE' || !/^\d{0,15}$/.test(values.region ?? '')) {
    console.error(USAGE);
    process.exit(2);
  }
  if (!REGION_LENGTHS[role].includes((values.region ?? '').length)) {
    console.error(
      `a ${role} token's region must have ${REGION_LENGTHS[role].join(' or ')} digits\n${USAGE}`,
    );
    process.exit(2);
  }
  const env = loadEnv();
  // Demo secrets are for a laptop: in production a token is signed with the configured key or not at all.
  if (!env.JWT_SECRET && env.NODE_ENV === 'production') {
    console.error(
      'NODE_ENV=production needs JWT_SECRET: the mint CLI does not sign with demo secrets in production',
    );
    process.exit(1);
  }
  const secret = env.JWT_SECRET ?? demoSecrets(env).JWT_SECRET;
  const token = await mintToken(
    {
      sub: values.sub ?? `${role.toLowerCase()}-${values.region || 'all'}`,
      role,
      regionPrefix: values.region ?? '',
      departmentCode: values.dept,
    },
    { secret, issuer: env.JWT_ISSUER, audience: env.JWT_AUDIENCE, ttl: values.ttl },
  );
  console.log(token);
}

main().catch((err) => {
  console.error((err as Error).message);
  process.exit(1);
});
