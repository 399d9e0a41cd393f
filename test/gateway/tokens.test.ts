import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SignJWT, exportJWK, exportSPKI, generateKeyPair, type CryptoKey } from 'jose';
import { createTokenVerifier, mintToken } from '../../shared/auth/tokens';
import { PROJECT_ROOT } from '../../shared/paths';

const dir = mkdtempSync(join(tmpdir(), 'grids-keys-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const ISS = 'city-idp';
const AUD = 'grids-graph';

async function rsToken(privateKey: CryptoKey, claims: Record<string, string>, kid = 'k1') {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', kid })
    .setSubject('worker-7')
    .setIssuer(ISS)
    .setAudience(AUD)
    .setExpirationTime('5m')
    .sign(privateKey);
}

describe("verifying callers' tokens", () => {
  test('an RS256 token is verified against a local JWKS file, and its claims become the caller', async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const file = join(dir, 'jwks.json');
    writeFileSync(
      file,
      JSON.stringify({
        keys: [{ ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' }],
      }),
    );
    const verify = await createTokenVerifier({
      jwksFile: file,
      algorithm: 'RS256',
      issuer: ISS,
      audience: AUD,
    });
    const viewer = await verify(
      await rsToken(privateKey, { role: 'COMMUNITY_STAFF', region: '220602001001' }),
    );
    expect(viewer).toEqual({
      sub: 'worker-7',
      role: 'COMMUNITY_STAFF',
      regionPrefix: '220602001001',
    });
    const other = await generateKeyPair('RS256');
    await expect(
      verify(await rsToken(other.privateKey, { role: 'CITY_ADMIN', region: '' })),
    ).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  test('an RS256 token is verified against a PEM public key file', async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const file = join(dir, 'public.pem');
    writeFileSync(file, await exportSPKI(publicKey));
    const verify = await createTokenVerifier({
      publicKeyFile: file,
      algorithm: 'RS256',
      issuer: ISS,
      audience: AUD,
    });
    expect((await verify(await rsToken(privateKey, { role: 'ANALYST', region: '' }))).role).toBe(
      'ANALYST',
    );
  });

  test.each([
    [{ role: 'DEPARTMENT', region: '220602' }, 'needs dept'],
    [{ role: 'GRID_WORKER', region: '' }, 'needs a region'],
    [{ role: 'CITY_ADMIN', region: '22ab' }, 'division-code prefix'],
    [{ role: 'SERVICE', region: '' }, 'role must be one of'],
  ])('a token with claims %j is refused (%s)', async (claims, why) => {
    const secret = 's'.repeat(40);
    const verify = await createTokenVerifier({
      secret,
      algorithm: 'RS256',
      issuer: ISS,
      audience: AUD,
    });
    const token = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setIssuer(ISS)
      .setAudience(AUD)
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode(secret));
    await expect(verify(token)).rejects.toThrow(why);
  });

  test('the mint CLI prints a token the gateway accepts, for the role and region asked', async () => {
    const secret = 'm'.repeat(48);
    const out = execFileSync(
      process.execPath,
      [
        join(PROJECT_ROOT, 'dist', 'scripts', 'mint-token.js'),
        '--role',
        'DEPARTMENT',
        '--region',
        '220602',
        '--dept',
        'CG',
      ],
      {
        env: { PATH: process.env.PATH ?? '', JWT_SECRET: secret, SQLITE_DIR: dir },
      },
    )
      .toString()
      .trim();
    const verify = await createTokenVerifier({
      secret,
      algorithm: 'RS256',
      issuer: 'grids',
      audience: 'grids-graph',
    });
    expect(await verify(out)).toEqual({
      sub: 'department-220602',
      role: 'DEPARTMENT',
      regionPrefix: '220602',
      departmentCode: 'CG',
    });
    const bad = () =>
      execFileSync(
        process.execPath,
        [join(PROJECT_ROOT, 'dist', 'scripts', 'mint-token.js'), '--role', 'KING'],
        { env: { PATH: process.env.PATH ?? '', JWT_SECRET: secret }, stdio: 'pipe' },
      );
    expect(bad).toThrow(/usage/);
    void mintToken;
  });
});
