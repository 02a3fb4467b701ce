/** Plan rows for the portfolio's pure logic tests. */
import type { PortfolioPlan } from '../../src/shared/portfolio/types.js';

export function planRow(fields: Partial<PortfolioPlan> & { path: string }): PortfolioPlan {
  return {
    id: `file:///ws/${fields.path}`,
    title: fields.path,
    kind: 'actieplan',
    cost: null,
    currency: 'EUR',
    answered: { wie: 'missing', wat: 'missing', hoe: 'missing', wanneer: 'missing', kosten: 'missing' },
    ...fields,
  };
}
