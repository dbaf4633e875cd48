import { buildAll } from '../../scripts/build.mjs';
import { SEED_VARIABLE, resolveSeed } from './seed.js';

export default async function setup(): Promise<void> {
  // One seed for the whole run, printed once: workers read it back from the environment.
  const { seed, source } = resolveSeed(process.env);
  process.env[SEED_VARIABLE] = String(seed);
  process.stdout.write(`fast-check seed ${seed} (${source}); replay with ${SEED_VARIABLE}=${seed}, explore with ${SEED_VARIABLE}=random\n`);
  await buildAll();
}
