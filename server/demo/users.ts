/**
 * The exporter's sales team: reps (English working names, as Chinese export reps use), managers
 * and one admin, split into teams by market.
 */
import type { WorldRegion } from './countries.ts';
import type { DemoUser } from './demo-book.ts';
import { Random } from './random.ts';

const REP_NAMES = [
  'Lily Zhang', 'Kevin Wang', 'Cathy Liu', 'Jason Chen', 'Amy Zhao', 'Tony Li', 'Grace Huang', 'Eric Xu',
  'Sunny Lin', 'Vivian Zhou', 'Leo Yang', 'Cindy Wu', 'Jenny Ma', 'Bruce Guo', 'Coco He', 'Ivy Luo',
];
const MANAGER_NAMES = ['Helen Zhou', 'Michael Sun', 'David Qian', 'Linda Hu', 'Steven Gao'];
const ADMIN_NAME = 'Frank Yang';

/** Which team covers which markets, by number of teams. */
const TEAM_PLANS: Record<number, readonly (readonly [string, readonly WorldRegion[]])[]> = {
  1: [['Export Sales', ['Europe', 'North America', 'Latin America', 'Middle East', 'Africa', 'South Asia', 'East Asia', 'Southeast Asia', 'Oceania', 'Central Asia']]],
  2: [
    ['Europe & Americas', ['Europe', 'North America', 'Latin America']],
    ['Asia, Middle East & Africa', ['Middle East', 'Africa', 'South Asia', 'East Asia', 'Southeast Asia', 'Oceania', 'Central Asia']],
  ],
  3: [
    ['Europe', ['Europe', 'Central Asia']],
    ['Americas & Oceania', ['North America', 'Latin America', 'Oceania']],
    ['Asia, Middle East & Africa', ['Middle East', 'Africa', 'South Asia', 'East Asia', 'Southeast Asia']],
  ],
  4: [
    ['Europe', ['Europe', 'Central Asia']],
    ['Americas', ['North America', 'Latin America']],
    ['Middle East & Africa', ['Middle East', 'Africa']],
    ['Asia Pacific', ['South Asia', 'East Asia', 'Southeast Asia', 'Oceania']],
  ],
};

/** The sales organisation: users plus, per team, its markets and reps. */
export interface SalesTeam {
  users: DemoUser[];
  teams: { name: string; markets: readonly WorldRegion[]; repKeys: string[] }[];
}

function email(name: string, ownDomain: string, taken: Set<string>): string {
  const base = name.toLowerCase().replace(/[^a-z ]/g, '').replace(/ /g, '.');
  let address = `${base}@${ownDomain}`;
  for (let n = 2; taken.has(address); n++) address = `${base}${n}@${ownDomain}`;
  taken.add(address);
  return address;
}

/**
 * The team: `reps` reps spread over max(managers, 2 when reps ≥ 4) teams (at most 4 market splits,
 * more teams reuse them), a manager heading each of the first `managers` teams, and one admin.
 * @throws when `reps` < 1.
 */
export function salesTeam(seed: number, reps: number, managers: number, ownDomain: string): SalesTeam {
  if (reps < 1) throw new Error('the demo book needs at least one rep');
  const rng = new Random(seed, 'users');
  const teamCount = Math.max(1, Math.min(reps, Math.max(managers, reps >= 4 ? 2 : 1)));
  const plan = TEAM_PLANS[Math.min(teamCount, 4)] ?? [];
  const teams = Array.from({ length: teamCount }, (_, i) => {
    const [name, markets] = plan[i % plan.length] ?? ['Export Sales', []];
    return { name: i < plan.length ? name : `${name} ${Math.floor(i / plan.length) + 1}`, markets, repKeys: [] as string[] };
  });
  const taken = new Set<string>();
  const users: DemoUser[] = [];
  const repNames = rng.sample(REP_NAMES, REP_NAMES.length);
  for (let i = 0; i < reps; i++) {
    const team = teams[i % teamCount];
    if (!team) continue;
    const key = `rep-${i + 1}`;
    const name = repNames[i % repNames.length] ?? `Rep ${i + 1}`;
    users.push({ key, name, email: email(name, ownDomain, taken), role: 'rep', team: team.name, locale: 'zh-CN' });
    team.repKeys.push(key);
  }
  for (let i = 0; i < managers; i++) {
    const name = MANAGER_NAMES[i % MANAGER_NAMES.length] ?? `Manager ${i + 1}`;
    const team = teams[i % teamCount]?.name ?? 'Export Sales';
    users.push({ key: `manager-${i + 1}`, name, email: email(name, ownDomain, taken), role: 'manager', team, locale: 'zh-CN' });
  }
  users.push({ key: 'admin', name: ADMIN_NAME, email: email(ADMIN_NAME, ownDomain, taken), role: 'admin', team: teams[0]?.name ?? 'Export Sales', locale: 'en' });
  return { users, teams };
}
