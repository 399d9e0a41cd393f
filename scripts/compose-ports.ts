/** The local ports written into the supergraph as default subgraph URLs (the gateway's env overrides them). */
export const COMPOSE_PORTS: Record<string, number> = { grid: 4001, party: 4002, property: 4003, volunteer: 4004, urban: 4005, accountability: 4006 };
