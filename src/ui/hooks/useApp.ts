/** React bindings of the vanilla stores: select the smallest slice a component needs. */
import { useStore } from 'zustand';
import { appStore, type AppState } from '../../state/store';
import { planOf } from '../../state/planCache';
import type { PlanResult } from '../../core';
import { engineStore, type EngineStatus } from '../engineClient/engineStatus';

export function useApp<T>(selector: (s: AppState) => T): T {
  return useStore(appStore, selector);
}

export function useEngineStatus<T>(selector: (s: EngineStatus) => T): T {
  return useStore(engineStore, selector);
}

/** The Plan of the current configuration (derived once per configuration). */
export function usePlan(): PlanResult {
  return planOf(useApp((s) => s.config));
}
