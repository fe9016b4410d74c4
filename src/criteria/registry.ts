import { nftablesBackports } from './backports.js'
import { ipvsFlagsNoop } from './flags.js'
import { gateDeclared, gateRemoved, gateSpec } from './gate.js'
import { noEarlyDefaultOff, noEarlyLock, noEarlyRemoval } from './guards.js'
import { ipvsModeRequiresGate } from './mode-validation.js'
import { ipvsPackageRemoved } from './package-removal.js'
import type { Criterion } from './types.js'
import { kubeProxyWarns, warningAnnouncesSchedule } from './warning.js'
import { WEBSITE_CRITERIA } from './website/index.js'

/** Every criterion the engine knows, in report order. The engine never names one. */
export const CRITERIA: readonly Criterion[] = [
  kubeProxyWarns,
  nftablesBackports,
  gateDeclared,
  gateSpec,
  warningAnnouncesSchedule,
  ipvsModeRequiresGate,
  ipvsPackageRemoved,
  ipvsFlagsNoop,
  gateRemoved,
  noEarlyDefaultOff,
  noEarlyLock,
  noEarlyRemoval,
  ...WEBSITE_CRITERIA
]

export const CRITERION_IDS: readonly string[] = CRITERIA.map(c => c.id)
